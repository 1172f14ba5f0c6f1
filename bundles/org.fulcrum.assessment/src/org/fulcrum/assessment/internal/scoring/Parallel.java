package org.fulcrum.assessment.internal.scoring;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered tasks on the calling thread and the common pool's workers together (one thread
 * per core), each thread taking the next task number until none is left. Unlike a parallel
 * stream it needs no stream machinery to start, and the calling thread works too instead of
 * waiting. Tasks are subclasses rather than lambdas: a lambda's class is generated on its first
 * use, which costs a few milliseconds in a fresh JVM, where scoring must be fast the first time.
 */
final class Parallel {

	/** What to do for each task number; called from several threads at once. */
	abstract static class Tasks {

		abstract void run(int task);
	}

	private Parallel() {
	}

	static void run(int count, Tasks tasks) {
		Worker worker = new Worker(count, tasks);
		int helpers = Math.max(0, Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1));
		ForkJoinTask<?>[] started = new ForkJoinTask<?>[helpers];
		for (int h = 0; h < helpers; h++) {
			started[h] = ForkJoinPool.commonPool().submit(worker);
		}
		try {
			worker.run();
		} finally {
			for (ForkJoinTask<?> helper : started) {
				helper.join();
			}
		}
	}

	private static final class Worker implements Runnable {

		private final AtomicInteger next = new AtomicInteger();
		private final int count;
		private final Tasks tasks;

		Worker(int count, Tasks tasks) {
			this.count = count;
			this.tasks = tasks;
		}

		@Override
		public void run() {
			for (int task = next.getAndIncrement(); task < count; task = next.getAndIncrement()) {
				tasks.run(task);
			}
		}
	}
}

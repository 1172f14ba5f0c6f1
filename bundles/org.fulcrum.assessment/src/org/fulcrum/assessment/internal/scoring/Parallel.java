package org.fulcrum.assessment.internal.scoring;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs numbered tasks on the calling thread and the common pool's workers together (one thread
 * per core), each thread taking the next task number until none is left. Unlike a parallel
 * stream it needs no stream machinery to start, and the calling thread works too instead of
 * waiting. Tasks are subclasses rather than lambdas: a lambda's class is generated on its first
 * use, which costs a few milliseconds in a fresh JVM, where scoring must be fast the first time.
 *
 * <p>The caller waits for the tasks, not for the helpers: a helper the pool never starts (a
 * busy pool, or one configured without threads) finds no task left when it runs at last.
 */
final class Parallel {

	/** What to do for each task number; called from several threads at once. */
	abstract static class Tasks {

		abstract void run(int task);
	}

	private Parallel() {
	}

	/** @param shared whether the common pool's workers help (false: all on the calling thread) */
	static void run(int count, boolean shared, Tasks tasks) {
		Worker worker = new Worker(count, tasks);
		int helpers = shared ? Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1) : 0;
		for (int h = 0; h < helpers; h++) {
			ForkJoinPool.commonPool().execute(worker);
		}
		worker.run();
		worker.awaitAll();
	}

	private static final class Worker implements Runnable {

		private final AtomicInteger next = new AtomicInteger();
		private final CountDownLatch done;
		private final AtomicReference<Throwable> failure = new AtomicReference<>();
		private final int count;
		private final Tasks tasks;

		Worker(int count, Tasks tasks) {
			this.count = count;
			this.tasks = tasks;
			done = new CountDownLatch(Math.max(0, count));
		}

		@Override
		public void run() {
			for (int task = next.getAndIncrement(); task < count; task = next.getAndIncrement()) {
				try {
					tasks.run(task);
				} catch (RuntimeException | Error e) {
					failure.compareAndSet(null, e);
				} finally {
					done.countDown();
				}
			}
		}

		/** Returns once every task has run; rethrows the first failure of any. */
		void awaitAll() {
			boolean interrupted = false;
			while (true) {
				try {
					done.await();
					break;
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			Throwable first = failure.get();
			if (first instanceof RuntimeException e) {
				throw e;
			}
			if (first instanceof Error e) {
				throw e;
			}
		}
	}
}

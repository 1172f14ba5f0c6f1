package org.fulcrum.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes many report files in parallel, one per job, each atomically (a temporary file beside the
 * target, then a rename), so a failed or interrupted report never leaves half a file. A job that
 * fails is recorded with its reason and the others go on.
 */
public final class ReportBatch {

	/** Writes one report to a stream. */
	@FunctionalInterface
	public interface Writer {
		void write(OutputStream out) throws ReportException;
	}

	/** One file to write; {@code name} is what progress and failures call it, e.g. "P-07 Ana Kovač (PDF)". */
	public record Job(String name, Path target, Writer writer) {
	}

	/** Told after every job, from the worker threads, one call at a time. */
	@FunctionalInterface
	public interface Progress {
		void finished(int done, int total, Job job, String failure);
	}

	/** @param failures one line per failed job: its name and the reason */
	public record Outcome(List<Job> written, List<String> failures, long nanos) {
	}

	private ReportBatch() {
	}

	/** Runs the jobs on {@code threads} threads and returns when all have finished. */
	public static Outcome run(List<Job> jobs, int threads, Progress progress) throws InterruptedException {
		long started = System.nanoTime();
		List<Job> written = Collections.synchronizedList(new ArrayList<>());
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger done = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())));
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (Job job : jobs) {
				futures.add(pool.submit(() -> {
					String failure = write(job);
					if (failure == null) {
						written.add(job);
					} else {
						failures.add(job.name() + ": " + failure);
					}
					synchronized (progress) {
						progress.finished(done.incrementAndGet(), jobs.size(), job, failure);
					}
				}));
			}
			for (Future<?> future : futures) {
				try {
					future.get();
				} catch (java.util.concurrent.ExecutionException e) {
					failures.add("a report worker failed: " + e.getCause());
				}
			}
		} finally {
			pool.shutdownNow();
		}
		return new Outcome(List.copyOf(written), List.copyOf(failures), System.nanoTime() - started);
	}

	/** Writes one job; returns null or why it failed. */
	private static String write(Job job) {
		Path part = null;
		try {
			Files.createDirectories(job.target().toAbsolutePath().getParent());
			// Not createTempFile: its owner-only permissions would stay on the report after the rename.
			part = job.target().resolveSibling("." + job.target().getFileName() + "." + UUID.randomUUID() + ".part");
			try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				job.writer().write(out);
			}
			Files.move(part, job.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return null;
		} catch (ReportException e) {
			return e.getMessage();
		} catch (IOException e) {
			return "cannot write " + job.target() + ": " + e.getMessage();
		} catch (RuntimeException | LinkageError e) {
			return "internal error: " + e;
		} finally {
			if (part != null) {
				try {
					Files.deleteIfExists(part);
				} catch (IOException e) {
					// the rename took it, or it stays as a visible .part file
				}
			}
		}
	}
}

package org.fulcrum.core.internal.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files Fulcrum keeps beside an engagement file {@code x.fulcrum}: the backup
 * {@code x.fulcrum.bak}, the lock {@code x.fulcrum.lock}, the load cache {@code .x.fulcrum.cache}
 * and, while a save runs, temporary files {@code .x.fulcrum.<id>.tmp}.
 */
public final class SiblingFiles {

	private static final AtomicLong SEQUENCE = new AtomicLong();
	private static final String TEMP_SUFFIX = ".tmp";

	private SiblingFiles() {
	}

	public static Path backup(Path file) {
		return file.resolveSibling(file.getFileName() + ".bak");
	}

	public static Path lock(Path file) {
		return file.resolveSibling(file.getFileName() + ".lock");
	}

	public static Path cache(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".cache");
	}

	/** A new temporary file name beside {@code file}, unique across processes and threads. */
	public static Path newTemporary(Path file) {
		String id = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
		return file.resolveSibling(temporaryPrefix(file) + id + TEMP_SUFFIX);
	}

	/**
	 * Deletes temporary files that a save interrupted by a crash left behind. Only call it while
	 * holding the engagement's lock: another process's running save owns its temporary file.
	 */
	public static int deleteStaleTemporaries(Path file) throws IOException {
		Path directory = directoryOf(file);
		String ofFile = temporaryPrefix(file);
		String ofCache = temporaryPrefix(cache(file));
		int deleted = 0;
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory, entry -> {
			String name = entry.getFileName().toString();
			return (name.startsWith(ofFile) || name.startsWith(ofCache)) && name.endsWith(TEMP_SUFFIX);
		})) {
			for (Path stale : siblings) {
				Files.deleteIfExists(stale);
				deleted++;
			}
		}
		return deleted;
	}

	public static Path directoryOf(Path file) {
		Path parent = file.toAbsolutePath().getParent();
		return parent != null ? parent : file.toAbsolutePath().getRoot();
	}

	private static String temporaryPrefix(Path file) {
		return "." + file.getFileName() + ".";
	}
}

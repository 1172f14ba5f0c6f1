package org.fulcrum.core.tests.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.fulcrum.core.internal.store.FileOps;
import org.fulcrum.core.internal.store.SystemFileOps;

/** The real file system, except that one chosen step fails the way a full or failing disk would. */
final class FaultyFileOps implements FileOps {

	enum Step {
		OPEN, WRITE, HALF_WRITE, FLUSH, BACKUP, RENAME, DIRECTORY_FLUSH
	}

	private final FileOps real = SystemFileOps.INSTANCE;
	private final Step failing;

	FaultyFileOps(Step failing) {
		this.failing = failing;
	}

	@Override
	public FileChannel createNew(Path file) throws IOException {
		fail(Step.OPEN, "Permission denied");
		return real.createNew(file);
	}

	@Override
	public void write(FileChannel channel, ByteBuffer content) throws IOException {
		fail(Step.WRITE, "Input/output error");
		if (failing == Step.HALF_WRITE) {
			ByteBuffer half = content.duplicate();
			half.limit(content.position() + content.remaining() / 2);
			real.write(channel, half);
			throw new IOException("No space left on device");
		}
		real.write(channel, content);
	}

	@Override
	public void force(FileChannel channel) throws IOException {
		fail(Step.FLUSH, "Input/output error while flushing");
		real.force(channel);
	}

	@Override
	public void link(Path existing, Path link) throws IOException {
		fail(Step.BACKUP, "Read-only file system");
		real.link(existing, link);
	}

	@Override
	public void replace(Path source, Path target) throws IOException {
		fail(Step.RENAME, "Operation not permitted");
		real.replace(source, target);
	}

	@Override
	public void forceDirectory(Path directory) throws IOException {
		fail(Step.DIRECTORY_FLUSH, "Input/output error while flushing the folder");
		real.forceDirectory(directory);
	}

	private void fail(Step step, String message) throws IOException {
		if (failing == step) {
			throw new IOException(message);
		}
	}
}

package org.fulcrum.core.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The file system calls an atomic save makes, one method per step, so that tests can make
 * any single step fail the way a full disk, a lost permission or a failing device would.
 */
public interface FileOps {

	/** Creates a new file for writing; fails if it exists. */
	FileChannel createNew(Path file) throws IOException;

	/** Writes all of the buffer. */
	void write(FileChannel channel, ByteBuffer content) throws IOException;

	/** Flushes file content and metadata to the device. */
	void force(FileChannel channel) throws IOException;

	/** Makes the new name {@code link} name the content of {@code existing} (a hard link where possible, else a copy). */
	void link(Path existing, Path link) throws IOException;

	/** Renames {@code source} over {@code target} in one atomic step. */
	void replace(Path source, Path target) throws IOException;

	/** Flushes a directory, so that a rename in it survives a crash of the machine. */
	void forceDirectory(Path directory) throws IOException;
}

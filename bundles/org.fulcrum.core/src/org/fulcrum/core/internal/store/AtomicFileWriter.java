package org.fulcrum.core.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces a file's content so that, whatever happens, the file holds either its old or its
 * new content in full: write a temporary file beside it, flush it to the device, keep the old
 * content as a backup, rename the temporary file over the target, flush the directory.
 * On failure the target is untouched and the temporary file is removed.
 */
public final class AtomicFileWriter {

	private final FileOps files;

	public AtomicFileWriter(FileOps files) {
		this.files = files;
	}

	/**
	 * @param backup where to keep the previous content, or {@code null} for none
	 */
	public void write(Path target, byte[] content, Path backup) throws IOException {
		Path temporary = SiblingFiles.newTemporary(target);
		boolean renamed = false;
		try {
			try (FileChannel channel = files.createNew(temporary)) {
				files.write(channel, ByteBuffer.wrap(content));
				files.force(channel);
			}
			if (backup != null && Files.exists(target)) {
				keepBackup(target, backup);
			}
			files.replace(temporary, target);
			renamed = true;
			forceDirectory(target);
		} finally {
			if (!renamed) {
				deleteQuietly(temporary);
			}
		}
	}

	/**
	 * Makes the backup name the target's current content without a moment where there is no
	 * backup: the new one is linked under a temporary name and renamed over the old one.
	 */
	private void keepBackup(Path target, Path backup) throws IOException {
		Path staged = SiblingFiles.newTemporary(backup);
		boolean moved = false;
		try {
			files.link(target, staged);
			files.replace(staged, backup);
			moved = true;
		} finally {
			if (!moved) {
				deleteQuietly(staged);
			}
		}
	}

	/** After the rename the new content is in place; a failing directory flush only weakens durability. */
	private void forceDirectory(Path target) {
		try {
			files.forceDirectory(SiblingFiles.directoryOf(target));
		} catch (IOException notDurableYet) {
			// The kernel writes the directory back on its own; the save itself has succeeded.
		}
	}

	private static void deleteQuietly(Path temporary) {
		try {
			Files.deleteIfExists(temporary);
		} catch (IOException leftForNextOpen) {
			// The next open of the engagement removes stale temporary files.
		}
	}
}

package org.fulcrum.core.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** {@link FileOps} on the real file system. */
public final class SystemFileOps implements FileOps {

	public static final FileOps INSTANCE = new SystemFileOps();

	private SystemFileOps() {
	}

	@Override
	public FileChannel createNew(Path file) throws IOException {
		return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

	@Override
	public void write(FileChannel channel, ByteBuffer content) throws IOException {
		while (content.hasRemaining()) {
			channel.write(content);
		}
	}

	@Override
	public void force(FileChannel channel) throws IOException {
		channel.force(true);
	}

	@Override
	public void link(Path existing, Path link) throws IOException {
		try {
			// A hard link costs nothing and keeps the old inode when the new file is renamed over it.
			Files.createLink(link, existing);
		} catch (UnsupportedOperationException | FileSystemException noLinks) {
			Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	@Override
	public void replace(Path source, Path target) throws IOException {
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void forceDirectory(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException notSupported) {
			// Some platforms cannot open a directory; the rename is still atomic there.
		}
	}
}

package org.fulcrum.core.internal.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fulcrum.core.store.EngagementLockedException;
import org.fulcrum.core.store.StoreException;

/**
 * Keeps a second writer away from an engagement: an OS lock on {@code x.fulcrum.lock} (released
 * by the OS if the process dies, so no stale lock survives a crash) whose content names the
 * holder for the message the second writer gets.
 */
public final class EngagementLock implements AutoCloseable {

	private final FileChannel channel;
	private final FileLock lock;

	private EngagementLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static EngagementLock acquire(Path engagementFile) throws StoreException {
		Path lockFile = SiblingFiles.lock(engagementFile);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException sameProcess) {
				lock = null;
			}
			if (lock == null) {
				String holder = describeHolder(channel);
				channel.close();
				throw new EngagementLockedException(engagementFile, holder);
			}
			writeHolder(channel);
			return new EngagementLock(channel, lock);
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			closeQuietly(channel);
			throw new StoreException(engagementFile, "cannot create the lock file " + lockFile.getFileName() + ": " + e.getMessage(), e);
		}
	}

	private static void writeHolder(FileChannel channel) throws IOException {
		String holder = "Fulcrum process " + ProcessHandle.current().pid() + " of " + System.getProperty("user.name")
				+ " on " + hostName() + " since " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
	}

	private static String describeHolder(FileChannel channel) {
		try {
			ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 1024));
			channel.read(content, 0);
			String holder = new String(content.array(), 0, content.position(), StandardCharsets.UTF_8).strip();
			return holder.isEmpty() ? "another Fulcrum process" : holder;
		} catch (IOException unreadable) {
			return "another Fulcrum process";
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException unknown) {
			return "this machine";
		}
	}

	@Override
	public void close() {
		try {
			// The file stays: deleting it would let two processes lock two different files.
			channel.truncate(0);
			lock.release();
		} catch (IOException ignored) {
			// The OS releases the lock when the channel closes.
		} finally {
			closeQuietly(channel);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException ignored) {
				// nothing left to release
			}
		}
	}
}

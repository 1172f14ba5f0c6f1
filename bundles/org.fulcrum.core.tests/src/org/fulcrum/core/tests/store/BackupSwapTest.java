package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fulcrum.core.internal.store.FileOps;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.core.tests.store.FaultyFileOps.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup {@code x.fulcrum.bak} is valid at every instant of a save: before and after each
 * file system step (a kill can come between any two), it exists and reads as an engagement.
 */
class BackupSwapTest {

	@TempDir
	Path folder;

	@Test
	void theBackupIsThereAndReadableBeforeAndAfterEveryStep() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		Path backup = file.resolveSibling("pilot.fulcrum.bak");
		StoreEngine plain = savedTwice(file);
		assertTrue(Files.exists(backup));
		Watching watching = new Watching(backup);
		try (EngagementDocument document = new StoreEngine(watching, false).open(file)) {
			for (int save = 0; save < 3; save++) {
				document.engagement().setName("version " + save);
				document.markDirty();
				document.save();
			}
		}
		assertTrue(watching.checks.size() >= 3 * 5, watching.checks.toString());
		assertEquals(List.of(), watching.checks.stream().filter(c -> !c.isEmpty()).toList());
		assertEquals("version 1", plain.read(backup).getName());
		assertFalse(StoreFixtures.hasTemporaries(folder), StoreFixtures.listing(folder).toString());
	}

	@Test
	void aSaveThatFailsWhileLinkingTheBackupKeepsTheOldBackup() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		Path backup = file.resolveSibling("pilot.fulcrum.bak");
		StoreEngine plain = savedTwice(file);
		byte[] before = Files.readAllBytes(backup);
		try (EngagementDocument document = new StoreEngine(new FaultyFileOps(Step.BACKUP), false).open(file)) {
			document.markDirty();
			assertThrows(StoreException.class, document::save);
		}
		assertArrayEquals(before, Files.readAllBytes(backup));
		assertFalse(StoreFixtures.hasTemporaries(folder), StoreFixtures.listing(folder).toString());
	}

	/** A file saved twice, so that it has a backup. */
	private static StoreEngine savedTwice(Path file) throws StoreException {
		StoreEngine plain = new StoreEngine(SystemFileOps.INSTANCE, false);
		try (EngagementDocument document = plain.create(file, StoreFixtures.small())) {
			document.markDirty();
			document.save();
		}
		return plain;
	}

	/** The real file system, checking the backup before and after every step; an empty entry is a good check. */
	private static final class Watching implements FileOps {
		private final FileOps real = SystemFileOps.INSTANCE;
		private final Path backup;
		final List<String> checks = new ArrayList<>();

		Watching(Path backup) {
			this.backup = backup;
		}

		private void check(String step) {
			try {
				new StoreEngine(SystemFileOps.INSTANCE, false).read(backup);
				checks.add("");
			} catch (StoreException e) {
				checks.add(step + ": " + e.getMessage());
			}
		}

		@Override
		public FileChannel createNew(Path file) throws IOException {
			check("before createNew");
			return real.createNew(file);
		}

		@Override
		public void write(FileChannel channel, ByteBuffer content) throws IOException {
			real.write(channel, content);
		}

		@Override
		public void force(FileChannel channel) throws IOException {
			real.force(channel);
		}

		@Override
		public void link(Path existing, Path link) throws IOException {
			check("before link");
			real.link(existing, link);
			check("after link");
		}

		@Override
		public void replace(Path source, Path target) throws IOException {
			check("before replacing " + target.getFileName());
			real.replace(source, target);
			check("after replacing " + target.getFileName());
		}

		@Override
		public void forceDirectory(Path directory) throws IOException {
			real.forceDirectory(directory);
			check("after the folder flush");
		}
	}
}

package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time, with a message naming who holds the engagement; stale temporaries go at the next open. */
class LockTest {

	@TempDir
	Path folder;

	private final StoreEngine store = new StoreEngine(SystemFileOps.INSTANCE, false);

	@Test
	void secondWriterInTheSameProcessIsRefusedWithTheHolder() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		try (EngagementDocument first = store.create(file, StoreFixtures.small())) {
			EngagementLockedException refused = assertThrows(EngagementLockedException.class, () -> store.open(file));
			assertTrue(refused.holder().contains("process " + ProcessHandle.current().pid()), refused.getMessage());
			assertTrue(refused.getMessage().contains("is open for writing by"), refused.getMessage());
			assertEquals("Jiří Dvořák", store.read(file).getPeople().get(0).getName(), "reading needs no lock");
		}
		store.open(file).close();
	}

	@Test
	void secondWriterInAnotherProcessIsRefusedWithItsProcessId() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		try (ChildJvm child = ChildJvm.start(HoldOpenChild.class, file.toString())) {
			child.awaitLine("holding");
			EngagementLockedException refused = assertThrows(EngagementLockedException.class, () -> store.open(file));
			assertTrue(refused.holder().contains("process " + child.pid()), refused.getMessage());
		}
		store.open(file).close();
	}

	@Test
	void staleTemporariesAreRemovedByTheNextOpenButNotByAReader() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		Path stale = folder.resolve(".pilot.fulcrum.4242-1-99.tmp");
		Files.writeString(stale, "half a save");
		Path staleCache = folder.resolve("..pilot.fulcrum.cache.4242-2-99.tmp");
		Files.writeString(staleCache, "half a cache");
		Path unrelated = folder.resolve(".other.fulcrum.4242-1-99.tmp");
		Files.writeString(unrelated, "another engagement's save");

		store.read(file);
		assertTrue(Files.exists(stale), "a reader must not delete what a running save may own");
		store.open(file).close();
		assertFalse(Files.exists(stale));
		assertFalse(Files.exists(staleCache));
		assertTrue(Files.exists(unrelated));
	}
}

package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.core.tests.store.FaultyFileOps.Step;
import org.fulcrum.model.Engagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void savedEngagementReopensEqual() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		Engagement original = StoreFixtures.small();
		Engagement copy = EcoreUtil.copy(original);
		new StoreEngine(SystemFileOps.INSTANCE, false).create(file, original).close();

		try (EngagementDocument reopened = new StoreEngine(SystemFileOps.INSTANCE, false).open(file)) {
			assertTrue(EcoreUtil.equals(copy, reopened.engagement()), "reopened engagement differs from the saved one");
			assertEquals("Jiří Dvořák", reopened.engagement().getPeople().get(0).getName());
			assertFalse(reopened.isDirty());
		}
	}

	@Test
	void secondSaveKeepsThePreviousVersionAsBackup() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		StoreEngine store = new StoreEngine(SystemFileOps.INSTANCE, false);
		try (EngagementDocument document = store.create(file, StoreFixtures.small())) {
			byte[] first = Files.readAllBytes(file);
			document.engagement().setName("Second version");
			document.markDirty();
			document.save();
			assertArrayEquals(first, Files.readAllBytes(file.resolveSibling("pilot.fulcrum.bak")));
			assertEquals("Second version", store.read(file).getName());
		}
		assertFalse(StoreFixtures.hasTemporaries(folder), StoreFixtures.listing(folder).toString());
	}

	@ParameterizedTest
	@EnumSource(value = Step.class, names = "DIRECTORY_FLUSH", mode = EnumSource.Mode.EXCLUDE)
	void failedSaveLeavesTheFileByteIdenticalAndTheDocumentDirty(Step failing) throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		new StoreEngine(SystemFileOps.INSTANCE, true).create(file, StoreFixtures.small()).close();
		byte[] before = Files.readAllBytes(file);

		try (EngagementDocument document = new StoreEngine(new FaultyFileOps(failing), true).open(file)) {
			document.engagement().setName("Changed but never saved");
			document.markDirty();
			StoreException failure = assertThrows(StoreException.class, document::save);

			assertTrue(failure.getMessage().startsWith(file.toString()), failure.getMessage());
			assertTrue(failure.getMessage().contains("the file on disk is unchanged"), failure.getMessage());
			assertTrue(failure.getCause() != null && failure.getMessage().contains(failure.getCause().getMessage()),
					"the cause is named: " + failure.getMessage());
			assertTrue(document.isDirty(), "a failed save must keep the document dirty");
		}
		assertArrayEquals(before, Files.readAllBytes(file), "the engagement file changed after a failed save");
		assertFalse(StoreFixtures.hasTemporaries(folder), StoreFixtures.listing(folder).toString());
		assertEquals(StoreFixtures.small().getName(), new StoreEngine(SystemFileOps.INSTANCE, true).read(file).getName());
	}

	@Test
	void aFailingFolderFlushAfterTheRenameStillCountsAsSaved() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		new StoreEngine(SystemFileOps.INSTANCE, false).create(file, StoreFixtures.small()).close();
		try (EngagementDocument document = new StoreEngine(new FaultyFileOps(Step.DIRECTORY_FLUSH), false).open(file)) {
			document.engagement().setName("Saved anyway");
			document.markDirty();
			document.save();
			assertFalse(document.isDirty());
		}
		assertEquals("Saved anyway", new StoreEngine(SystemFileOps.INSTANCE, false).read(file).getName());
	}

	@Test
	void anEngagementHeldByAnotherKindOfResourceIsSavedAsXmi() throws Exception {
		Engagement engagement = StoreFixtures.small();
		new org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl().getContents().add(engagement);
		Path file = folder.resolve("moved.fulcrum");
		new StoreEngine(SystemFileOps.INSTANCE, false).create(file, engagement).close();
		assertTrue(Files.readString(file).contains("urn:fulcrum:engagement:1"));
		assertEquals("Jiří Dvořák", new StoreEngine(SystemFileOps.INSTANCE, false).read(file).getPeople().get(0).getName());
	}

	@Test
	void createRefusesToOverwriteAnExistingFile() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		Files.writeString(file, "something precious");
		StoreException refused = assertThrows(StoreException.class,
				() -> new StoreEngine(SystemFileOps.INSTANCE, false).create(file, StoreFixtures.small()));
		assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
		assertEquals("something precious", Files.readString(file));
	}
}

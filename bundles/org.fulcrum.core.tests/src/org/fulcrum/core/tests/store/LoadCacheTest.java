package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.internal.store.EngagementCache;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary cache beside a file is used only when it was made from exactly that file's bytes. */
class LoadCacheTest {

	@TempDir
	Path folder;

	private final StoreEngine store = new StoreEngine(SystemFileOps.INSTANCE, true);

	@Test
	void cacheGivesTheSameEngagementAsTheXmi() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		assertTrue(Files.exists(cache(file)), "a save writes the cache");
		Engagement fromCache = store.read(file);
		Engagement fromXmi = new StoreEngine(SystemFileOps.INSTANCE, false).read(file);
		assertTrue(EcoreUtil.equals(fromXmi, fromCache));
	}

	@Test
	void aFileEditedOutsideFulcrumIsReadFromItsXmi() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		Files.writeString(file, Files.readString(file).replace("Jiří Dvořák", "Jiří Novák"));
		try (EngagementDocument document = store.open(file)) {
			assertEquals("Jiří Novák", document.engagement().getPeople().get(0).getName());
		}
	}

	@Test
	void aDamagedCacheIsIgnored() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		byte[] cache = Files.readAllBytes(cache(file));
		for (int i = cache.length / 2; i < cache.length; i += 7) {
			cache[i] ^= 0x5a;
		}
		Files.write(cache(file), cache);
		assertEquals("Jiří Dvořák", store.read(file).getPeople().get(0).getName());
	}

	@Test
	void aCacheNeverStandsInForADamagedFile() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		String xmi = Files.readString(file);
		Files.writeString(file, xmi.substring(0, xmi.length() - 40));
		assertThrows(StoreException.class, () -> store.read(file));
	}

	@Test
	void readingFromTheXmiNeverUsesACacheEvenOneThatFitsTheBytes() throws Exception {
		Path file = folder.resolve("pilot.fulcrum");
		store.create(file, StoreFixtures.small()).close();
		Engagement engagement = store.read(file);
		// The defect of issue 11: an XMI whose reference does not resolve, beside a cache stamped with its very bytes.
		String xmi = Files.readString(file);
		String id = engagement.getAssessments().get(0).getSubject().getId();
		byte[] broken = xmi.replaceFirst("subject=\"" + java.util.regex.Pattern.quote(id) + "\"", "subject=\"pm x\"")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Files.write(file, broken);
		EngagementCache.write(file, EngagementCache.digest(broken), EngagementCache.encode(engagement.eResource(), 0));
		assertEquals(engagement.getName(), store.read(file).getName(), "the cache fits the bytes, so an ordinary read uses it");
		StoreException refused = assertThrows(StoreException.class, () -> new EngagementStore().readFromXmi(file));
		assertTrue(refused.getMessage().contains("refers to 'pm'"), refused.getMessage());
	}

	private static Path cache(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".cache");
	}
}

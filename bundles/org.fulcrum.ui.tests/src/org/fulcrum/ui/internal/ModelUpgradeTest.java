package org.fulcrum.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layout saved by another application model is set aside before e4 loads it; one saved by this model is kept. */
class ModelUpgradeTest {

	@TempDir
	Path instance;

	@Test
	void aLayoutOfTheSameModelIsKeptAndOneOfAnotherIsSetAside() throws Exception {
		byte[] shipped = ModelUpgrade.shippedModel();
		assertTrue(new String(shipped, StandardCharsets.UTF_8).contains("org.fulcrum.ui.menu.server"), "the bundle's own model is read");
		Path persisted = instance.resolve(ModelUpgrade.STATE_FOLDER).resolve(ModelUpgrade.PERSISTED);

		assertFalse(ModelUpgrade.apply(instance, shipped), "a first start has nothing to set aside");
		Files.writeString(persisted, "<layout of this model/>");
		assertFalse(ModelUpgrade.apply(instance, shipped));
		assertEquals("<layout of this model/>", Files.readString(persisted), "the same model keeps the user's layout");

		byte[] updated = (new String(shipped, StandardCharsets.UTF_8) + "<!-- a new menu -->").getBytes(StandardCharsets.UTF_8);
		assertTrue(ModelUpgrade.apply(instance, updated));
		assertFalse(Files.exists(persisted), "e4 starts from the shipped model");
		assertEquals("<layout of this model/>", Files.readString(persisted.resolveSibling(ModelUpgrade.PERSISTED + ".old")), "set aside, not lost");

		Files.writeString(persisted, "<layout of the updated model/>");
		assertFalse(ModelUpgrade.apply(instance, updated));
		Files.delete(persisted.resolveSibling(ModelUpgrade.DIGEST));
		assertTrue(ModelUpgrade.apply(instance, updated), "a layout kept by a version without digests is of an unknown model");
	}
}

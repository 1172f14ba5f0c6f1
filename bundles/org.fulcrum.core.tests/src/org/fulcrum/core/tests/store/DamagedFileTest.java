package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, truncated, foreign and newer files are refused by name and never overwritten. */
class DamagedFileTest {

	@TempDir
	Path folder;

	private Path file;
	private String good;

	@BeforeEach
	void saveAGoodFile() throws Exception {
		file = folder.resolve("pilot.fulcrum");
		new StoreEngine(SystemFileOps.INSTANCE, false).create(file, StoreFixtures.small()).close();
		good = Files.readString(file);
	}

	@Test
	void emptyFile() throws Exception {
		StoreException refused = refuse(new byte[0]);
		assertTrue(refused.reason().contains("empty"), refused.getMessage());
	}

	@Test
	void truncatedFileNamesTheLineWhereItEnds() throws Exception {
		String half = good.substring(0, good.length() / 2);
		StoreException refused = refuse(half.getBytes(StandardCharsets.UTF_8));
		assertEquals(half.split("\n", -1).length, refused.line(), refused.getMessage());
		assertTrue(refused.reason().contains("not well-formed"), refused.getMessage());
	}

	@Test
	void binaryGarbage() throws Exception {
		byte[] garbage = new byte[4096];
		Arrays.fill(garbage, (byte) 0x9c);
		StoreException refused = refuse(garbage);
		assertEquals(1, refused.line(), refused.getMessage());
	}

	@Test
	void foreignXml() throws Exception {
		StoreException refused = refuse("<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n"
				.getBytes(StandardCharsets.UTF_8));
		assertTrue(refused.reason().contains("not a Fulcrum engagement file"), refused.getMessage());
		assertTrue(refused.reason().contains("<project>"), refused.getMessage());
		assertEquals(2, refused.line());
	}

	@Test
	void newerFormatIsRefusedWithAnUpgradeHint() throws Exception {
		StoreException refused = refuse(good.replace("urn:fulcrum:engagement:1", "urn:fulcrum:engagement:7")
				.getBytes(StandardCharsets.UTF_8));
		assertTrue(refused.reason().contains("newer Fulcrum (format 7)"), refused.getMessage());
	}

	@Test
	void unknownFormatVersionIsRefused() throws Exception {
		StoreException refused = refuse(good.replace("urn:fulcrum:engagement:1", "urn:fulcrum:engagement:0")
				.getBytes(StandardCharsets.UTF_8));
		assertTrue(refused.reason().contains("format 0"), refused.getMessage());
	}

	@Test
	void unknownElementNamesItsLine() throws Exception {
		String damaged = good.replaceFirst("<confidentiality", "<secretSauce/>\n  <confidentiality");
		StoreException refused = refuse(damaged.getBytes(StandardCharsets.UTF_8));
		assertEquals(lineOf(damaged, "<secretSauce"), refused.line(), refused.getMessage());
		assertTrue(refused.reason().contains("'secretSauce'"), refused.getMessage());
	}

	@Test
	void danglingReferenceIsNamed() throws Exception {
		String damaged = good.replaceFirst("rater=\"P0\"", "rater=\"NOBODY\"");
		StoreException refused = refuse(damaged.getBytes(StandardCharsets.UTF_8));
		assertTrue(refused.reason().contains("'NOBODY'"), refused.getMessage());
		assertTrue(refused.line() > 1, refused.getMessage());
	}

	@Test
	void valueOfTheWrongTypeIsNamed() throws Exception {
		String damaged = good.replaceFirst("value=\"(\\d)\"", "value=\"four\"");
		StoreException refused = refuse(damaged.getBytes(StandardCharsets.UTF_8));
		assertTrue(refused.reason().contains("'four'"), refused.getMessage());
		assertEquals(lineOf(damaged, "value=\"four\""), refused.line(), refused.getMessage());
	}

	@Test
	void missingFile() {
		StoreException refused = assertThrows(StoreException.class,
				() -> new StoreEngine(SystemFileOps.INSTANCE, true).open(folder.resolve("nowhere.fulcrum")));
		assertTrue(refused.reason().contains("does not exist"), refused.getMessage());
	}

	/** Writes the damaged content, checks that opening and reading refuse it and leave it as it was. */
	private StoreException refuse(byte[] content) throws Exception {
		Files.write(file, content);
		StoreEngine store = new StoreEngine(SystemFileOps.INSTANCE, true);
		StoreException refused = assertThrows(StoreException.class, () -> store.open(file));
		assertTrue(refused.getMessage().startsWith(file.toString()), "names the file: " + refused.getMessage());
		assertThrows(StoreException.class, () -> store.read(file));
		assertArrayEquals(content, Files.readAllBytes(file), "a refused file must not be touched");
		// The refused open released its lock: the file can be repaired and opened again.
		Files.writeString(file, good);
		store.open(file).close();
		return refused;
	}

	private static int lineOf(String text, String needle) {
		return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
	}
}

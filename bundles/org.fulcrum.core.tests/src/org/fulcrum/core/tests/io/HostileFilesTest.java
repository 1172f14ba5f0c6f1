package org.fulcrum.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fulcrum.core.io.CsvCells;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportLimits;
import org.fulcrum.core.io.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files cost bounded time and memory and end in problems that name file,
 * line and field (issue 11, defects 4 and 6); a stray quote is refused; what Fulcrum writes as
 * CSV is safe in a spreadsheet and reads back as it was (issue 10).
 */
class HostileFilesTest {

	@TempDir
	Path folder;

	private List<String> problems(String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.read(file));
		return refused.problems().stream().map(ImportProblem::toString).toList();
	}

	@Test
	void aQuoteInsideAnUnquotedFieldOrAfterAQuotedOneIsRefused() throws Exception {
		assertEquals(List.of("q.csv:2: name: a quote inside a field that does not start with one; quote the whole field and double the quote"),
				problems("q.csv", "id,name\npm-1,Ana \"the boss\" N\n"));
		assertEquals(List.of("q.csv:2: name: text after the closing quote of a quoted field"), problems("q.csv", "id,name\npm-1,\"Ana\"x\n"));
	}

	@Test
	void aCellLongerThanASpreadsheetCellIsRefused() throws Exception {
		List<String> problems = problems("long.csv", "id,name\npm-1," + "x".repeat(ImportLimits.CELL_CHARS + 5) + "\n");
		assertEquals(List.of("long.csv:2: name: has more than 32767 characters; a cell holds at most 32767"), problems);
	}

	@Test
	void fiftyMegabytesOfJunkGiveACappedListQuickly() throws Exception {
		Path file = folder.resolve("junk.csv");
		SplittableRandom random = new SplittableRandom(5);
		byte[] junk = new byte[50 * 1024 * 1024];
		String alphabet = "abc,\"\n\u0001 xyz=";
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
		}
		Files.write(file, junk);
		long started = System.nanoTime();
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.read(file));
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertEquals(ImportLimits.PROBLEMS, refused.problems().size());
		assertTrue(refused.more() > 100_000, "counted, not listed: " + refused.more());
		assertTrue(refused.getMessage().endsWith("more"), "the message ends with the count of the rest");
		assertTrue(millis < 20_000, millis + " ms");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
		Path file = folder.resolve("huge.csv");
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { 'x' }), ImportLimits.FILE_BYTES + 10);
		}
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.read(file));
		assertTrue(refused.problems().get(0).toString().startsWith("huge.csv:1: is 100.0 MB; Fulcrum imports files of up to 100.0 MB"),
				refused.getMessage());
	}

	@Test
	void everyFlippedByteOrCutOfAWorkbookEndsInAPlainProblem() throws Exception {
		java.io.ByteArrayOutputStream valid = new java.io.ByteArrayOutputStream();
		org.fulcrum.core.io.XlsxWriter.write("Answers", List.of(List.of("rater", "item-1", "comment"), List.of("r1", "4", "Fine work")), valid);
		byte[] bytes = valid.toByteArray();
		Path file = folder.resolve("broken.xlsx");
		for (int at = 0; at < bytes.length; at++) {
			byte[] flipped = bytes.clone();
			flipped[at] ^= (byte) 0x5A;
			assertPlainOutcome(file, flipped, "byte " + at + " flipped");
			assertPlainOutcome(file, java.util.Arrays.copyOf(bytes, at), "cut at " + at);
		}
	}

	/** Read or refused with the file's name and words; never a Java class name or an unchecked exception. */
	private static void assertPlainOutcome(Path file, byte[] content, String what) throws Exception {
		Files.write(file, content);
		try {
			CsvTable.readAny(file);
		} catch (ImportException refused) {
			for (ImportProblem problem : refused.problems()) {
				String text = problem.toString();
				assertTrue(text.contains("broken.xlsx") && !text.matches("(?s).*(Exception|Error\\b|java\\.).*"), what + ": " + text);
			}
		}
	}

	@Test
	void aZipBombIsRefusedAfterAFewMegabytes() throws Exception {
		Path file = folder.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertTrue(Files.size(file) < 10 * 1024 * 1024);
		long started = System.nanoTime();
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.readAny(file));
		assertTrue(refused.problems().get(0).toString().contains("inflates to more than"), refused.getMessage());
		assertTrue(System.nanoTime() - started < 10_000_000_000L);
	}

	@Test
	void aSheetDeclaringThirtyMillionRowsIsRefusedBeforeItsRows() throws Exception {
		Path file = folder.resolve("tall.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet><dimension ref=\"A1:C30000000\"/><sheetData>".getBytes(StandardCharsets.UTF_8));
			for (int r = 1; r <= 1000; r++) {
				zip.write(("<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.readAny(file));
		assertTrue(refused.problems().get(0).toString().contains("spans A1:C30000000"), refused.getMessage());
	}

	@Test
	void rowsBeyondASheetAndCellsBeyondItsColumnsAreRefused() throws Exception {
		assertTrue(sheet("<row r=\"2000000\"><c><v>1</v></c></row>").contains("has a row numbered 2000000"));
		assertTrue(sheet("<row r=\"1\"><c r=\"ZZZZZZZZ1\"><v>1</v></c></row>").contains("beyond the 16384 columns"));
		assertTrue(sheet("<row r=\"x\"><c><v>1</v></c></row>").contains("'x' is not a row number"));
		assertTrue(sheet("<row r=\"1\"><c t=\"s\"><v>abc</v></c></row>").contains("is not a shared string number"));
	}

	private String sheet(String rows) throws Exception {
		Path file = folder.resolve("odd.xlsx");
		Files.deleteIfExists(file);
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<worksheet><sheetData>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return assertThrows(ImportException.class, () -> CsvTable.readAny(file)).getMessage();
	}

	@Test
	void cellsASpreadsheetWouldRunAreNeutralisedAndReadBackAsWritten() throws Exception {
		List<String> hostile = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-1.5", "plain", "a,b", "say \"hi\"");
		assertEquals("'=cmd|' /C calc'!A0", CsvCells.cell(hostile.get(0)));
		assertEquals("\"'\rx\"", CsvCells.cell("\rx"));
		assertEquals("-1.5", CsvCells.cell("-1.5"), "a number stays a number");
		Path file = folder.resolve("written.csv");
		Files.writeString(file, CsvCells.row(List.of("h" + 0, "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9")) + "\n"
				+ CsvCells.row(hostile) + "\n");
		assertEquals(hostile, CsvTable.read(file).rows().get(0).cells());
		for (String line : Files.readAllLines(file)) {
			for (String cell : line.split(",")) {
				String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertTrue(bare.isEmpty() || "=+@\t\r".indexOf(bare.charAt(0)) < 0, line);
			}
		}
	}
}

package org.fulcrum.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks Fulcrum writes read back cell for cell; of several sheets, the first with the
 * header the import expects is read; a file that is no workbook is refused by name.
 */
class XlsxTest {

	@TempDir
	Path folder;

	@Test
	void aWorkbookReadsBackCellForCell() throws Exception {
		Path file = folder.resolve("responses.xlsx");
		List<List<String>> rows = List.of(List.of("token", "EMP.1", "EMP.2", "comment"),
				List.of("ABC", "4", "NO", "Très bien, \"really\" <good> & kind"), List.of(), List.of("DEF", "", "5", "Zoë Ølgaard"));
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsxWriter.write("Responses", rows, out);
		}
		CsvTable table = CsvTable.readAny(file);
		assertEquals(rows.get(0), table.header());
		assertEquals(2, table.rows().size(), "the empty row is skipped");
		assertEquals(List.of("ABC", "4", "NO", "Très bien, \"really\" <good> & kind"), table.rows().get(0).cells());
		assertEquals(2, table.rows().get(0).line());
		assertEquals(List.of("DEF", "", "5", "Zoë Ølgaard"), table.rows().get(1).cells());
		assertEquals(4, table.rows().get(1).line(), "the spreadsheet's own row number");
		assertEquals(0, table.column("Token"));
	}

	@Test
	void ofSeveralSheetsTheFirstWithTheExpectedHeaderIsRead() throws Exception {
		Path file = folder.resolve("export.xlsx");
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		sheets.put("Empty", List.of());
		sheets.put("Read me", List.of(List.of("Answer every behaviour from 1 to 5"), List.of("Thank you")));
		sheets.put("Answers", List.of(List.of("token", "EMP.1"), List.of("ABC", "4")));
		sheets.put("Answers (old)", List.of(List.of("token", "EMP.1"), List.of("XYZ", "1")));
		write(file, sheets);
		CsvTable answers = CsvTable.readAny(file, table -> table.column("token") >= 0, "a token column");
		assertEquals("Answers", answers.sheet());
		assertEquals(List.of("ABC", "4"), answers.rows().get(0).cells());
		assertEquals("Read me", CsvTable.readAny(file).sheet(), "without an expected header: the first sheet with data");
		assertNull(CsvTable.readAny(writeCsv()).sheet());
	}

	@Test
	void noSheetWithTheExpectedHeaderIsAProblemNamingTheFileAndItsSheets() throws Exception {
		Path file = folder.resolve("export.xlsx");
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		sheets.put("Read me", List.of(List.of("Answer every behaviour from 1 to 5")));
		sheets.put("Answers", List.of(List.of("rater", "EMP.1"), List.of("ABC", "4")));
		write(file, sheets);
		ImportException refused = assertThrows(ImportException.class,
				() -> CsvTable.readAny(file, table -> table.column("token") >= 0, "a token column"));
		assertEquals("export.xlsx:1: no sheet has a token column in its first row (sheets 'Read me', 'Answers')",
				refused.problems().get(0).toString());
	}

	@Test
	void theOnlySheetWithDataIsReadWhateverItsHeaderSoTheImportCanSayWhatItLacks() throws Exception {
		Path file = folder.resolve("answers.xlsx");
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		sheets.put("Sheet1", List.of(List.of("rater", "EMP.1"), List.of("ABC", "4")));
		sheets.put("Sheet2", List.of());
		write(file, sheets);
		assertEquals(List.of("rater", "EMP.1"), CsvTable.readAny(file, table -> table.column("token") >= 0, "a token column").header());
	}

	private static void write(Path file, Map<String, List<List<String>>> sheets) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsxWriter.write(sheets, out);
		}
	}

	private Path writeCsv() throws IOException {
		return Files.writeString(folder.resolve("answers.csv"), "token,EMP.1\nABC,4\n");
	}

	@Test
	void columnLettersGoPastZ() {
		assertEquals(List.of("A", "Z", "AA", "AZ", "BA"),
				List.of(XlsxWriter.column(0), XlsxWriter.column(25), XlsxWriter.column(26), XlsxWriter.column(51), XlsxWriter.column(52)));
	}

	@Test
	void aFileThatIsNoWorkbookIsRefused() throws Exception {
		Path file = folder.resolve("fake.xlsx");
		Files.writeString(file, "token,EMP.1\nABC,4\n");
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.readAny(file));
		assertTrue(refused.problems().get(0).toString().startsWith("fake.xlsx:1: is not an .xlsx workbook"), refused.getMessage());
	}
}

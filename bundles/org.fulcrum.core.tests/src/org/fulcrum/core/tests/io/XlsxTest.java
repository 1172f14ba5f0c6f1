package org.fulcrum.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks Fulcrum writes read back cell for cell; a file that is no workbook is refused by name. */
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

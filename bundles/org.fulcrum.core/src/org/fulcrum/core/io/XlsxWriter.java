package org.fulcrum.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sheets of text cells as an Office Open XML workbook (.xlsx), the smallest package
 * spreadsheet programs open: content types, relationships, workbook, sheets, with inline
 * strings so no shared-string table is needed. Cells that look like whole numbers are numbers.
 */
public final class XlsxWriter {

	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

	private XlsxWriter() {
	}

	public static void write(String sheetName, List<List<String>> rows, OutputStream out) throws IOException {
		write(Map.of(sheetName, rows), out);
	}

	/** A workbook of several sheets, in the map's order (e.g. instructions, then the answers). */
	public static void write(Map<String, List<List<String>>> sheets, OutputStream out) throws IOException {
		StringBuilder types = new StringBuilder();
		StringBuilder names = new StringBuilder();
		StringBuilder rels = new StringBuilder();
		int number = 0;
		for (String name : sheets.keySet()) {
			number++;
			types.append("<Override PartName=\"/xl/worksheets/sheet%d.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\n"
					.formatted(number));
			names.append("<sheet name=\"%s\" sheetId=\"%d\" r:id=\"rId%d\"/>".formatted(escape(name.length() > 31 ? name.substring(0, 31) : name),
					number, number));
			rels.append("<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet%d.xml\"/>\n"
					.formatted(number, number));
		}
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					%s</Types>""".formatted(types));
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets>%s</sheets>
					</workbook>""".formatted(names));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					%s</Relationships>""".formatted(rels));
			number = 0;
			for (List<List<String>> rows : sheets.values()) {
				entry(zip, "xl/worksheets/sheet" + ++number + ".xml", sheet(rows));
			}
		}
	}

	private static String sheet(List<List<String>> rows) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				String value = cells.get(c) == null ? "" : cells.get(c);
				if (value.isEmpty()) {
					continue;
				}
				String ref = column(c) + (r + 1);
				if (value.matches("-?[0-9]{1,9}")) {
					xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
				} else {
					xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(value))
							.append("</t></is></c>");
				}
			}
			xml.append("</row>");
		}
		return xml.append("</sheetData></worksheet>").toString();
	}

	/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
	public static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// A fixed time: the same rows always give the same bytes.
		entry.setTimeLocal(FIXED_TIME);
		zip.putNextEntry(entry);
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}

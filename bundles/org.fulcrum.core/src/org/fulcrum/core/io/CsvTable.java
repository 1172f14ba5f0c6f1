package org.fulcrum.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A table of text cells with a header row: a CSV file read whole (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes),
 * strictly UTF-8 with an optional byte-order mark, a header row naming the columns, and every
 * row keeping the line it started on for error messages.
 */
public final class CsvTable {

	/** One data row: its first line in the file and its cells. */
	public record Row(int line, List<String> cells) {
	}

	private final Path file;
	private final String sheet;
	private final List<String> header;
	private final Map<String, Integer> columns = new HashMap<>();
	private final List<Row> rows;

	private CsvTable(Path file, String sheet, List<String> header, List<Row> rows) {
		this.file = file;
		this.sheet = sheet;
		this.header = header;
		this.rows = rows;
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(normalise(header.get(i)), i);
		}
	}

	/** Reads the file; a file that is not UTF-8 or has an unterminated quote is an {@link ImportException}. */
	public static CsvTable read(Path file) throws IOException, ImportException {
		byte[] bytes = Files.readAllBytes(file);
		String text = decode(file, bytes);
		List<Row> records = parse(file, text);
		if (records.isEmpty()) {
			throw new ImportException(List.of(new ImportProblem(file, 1, "", "the file is empty; it needs a header row")));
		}
		return new CsvTable(file, null, records.get(0).cells(), records.subList(1, records.size()));
	}

	/**
	 * A table from rows read elsewhere (e.g. a spreadsheet's sheet, named by {@code sheet});
	 * the first row is the header. {@code lines} gives each row's number as the user sees it.
	 */
	public static CsvTable of(Path file, String sheet, List<List<String>> rows, List<Integer> lines) throws ImportException {
		if (rows.isEmpty()) {
			throw new ImportException(List.of(new ImportProblem(file, 1, "", "the sheet is empty; it needs a header row")));
		}
		List<Row> data = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			if (!rows.get(i).stream().allMatch(String::isBlank)) {
				data.add(new Row(lines.get(i), List.copyOf(rows.get(i))));
			}
		}
		return new CsvTable(file, sheet, List.copyOf(rows.get(0)), data);
	}

	/** Reads a CSV file or, for a name ending in {@code .xlsx}, a workbook's first sheet with data. */
	public static CsvTable readAny(Path file) throws IOException, ImportException {
		return readAny(file, table -> true, "a header row");
	}

	/**
	 * Reads a CSV file or, for a name ending in {@code .xlsx}, the first sheet of the workbook
	 * whose header row {@code wanted} accepts (e.g. a sheet of instructions before the answers);
	 * when several sheets have data and none such a header, the problem says {@code expected}
	 * and names the sheets.
	 */
	public static CsvTable readAny(Path file, Predicate<CsvTable> wanted, String expected) throws IOException, ImportException {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxReader.read(file, wanted, expected) : read(file);
	}

	public Path file() {
		return file;
	}

	/** The workbook sheet the table was read from; null for a CSV file. */
	public String sheet() {
		return sheet;
	}

	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The column's index, ignoring case, spaces, hyphens and underscores; -1 when absent. */
	public int column(String name) {
		return columns.getOrDefault(normalise(name), -1);
	}

	public static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
	}

	private static String decode(Path file, byte[] bytes) throws ImportException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			int line = 1;
			int bad = firstInvalidByte(bytes);
			for (int i = 0; i < bad; i++) {
				line += bytes[i] == '\n' ? 1 : 0;
			}
			throw new ImportException(List.of(new ImportProblem(file, line, "",
					"is not UTF-8 text (byte " + (bad + 1) + "); save the file as CSV UTF-8")));
		}
	}

	private static int firstInvalidByte(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		return in.position();
	}

	private static List<Row> parse(Path file, String text) throws ImportException {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		int quoteStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					line += c == '\n' ? 1 : 0;
					cell.append(c);
				}
			} else if (c == '"' && cell.isEmpty()) {
				quoted = true;
				quoteStart = line;
			} else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				addRow(rows, rowStart, cells);
				cells = new ArrayList<>();
				line++;
				rowStart = line;
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new ImportException(List.of(new ImportProblem(file, quoteStart, "", "a quoted field is never closed")));
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			addRow(rows, rowStart, cells);
		}
		return rows;
	}

	private static void addRow(List<Row> rows, int line, List<String> cells) {
		boolean blank = cells.stream().allMatch(String::isBlank);
		if (!blank) {
			rows.add(new Row(line, List.copyOf(cells)));
		}
	}
}

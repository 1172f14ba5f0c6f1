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

	/**
	 * Reads the file; a file too large, not UTF-8, with an unterminated quote, a stray quote, a
	 * control character or a cell or table beyond {@link ImportLimits} is an {@link ImportException}.
	 */
	public static CsvTable read(Path file) throws IOException, ImportException {
		long size = Files.size(file);
		if (size > ImportLimits.FILE_BYTES) {
			throw new ImportException(List.of(new ImportProblem(file, 1, "", "is " + megabytes(size)
					+ "; Fulcrum imports files of up to " + megabytes(ImportLimits.FILE_BYTES))));
		}
		byte[] bytes = Files.readAllBytes(file);
		String text = decode(file, bytes);
		bytes = null;
		List<Row> records = new Parser(file, text).parse();
		if (records.isEmpty()) {
			throw new ImportException(List.of(new ImportProblem(file, 1, "", "the file is empty; it needs a header row")));
		}
		return new CsvTable(file, null, records.get(0).cells(), records.subList(1, records.size()));
	}

	static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
		Faults faults = new Faults(file);
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			for (int column = 0; column < cells.size(); column++) {
				String fault = fault(cells.get(column));
				if (fault != null) {
					faults.add(lines.get(i), column, fault);
				}
			}
			if (i > 0 && !cells.stream().allMatch(String::isBlank)) {
				data.add(new Row(lines.get(i), List.copyOf(cells)));
			}
		}
		faults.throwIfAny(rows.get(0));
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

	/**
	 * What is wrong with a cell's text, or null: a control character (U+0000–U+001F other than
	 * tab, line feed and carriage return, U+007F–U+009F, U+FFFE, U+FFFF) or more than
	 * {@link ImportLimits#CELL_CHARS} characters. The message never holds the character itself.
	 */
	public static String fault(String cell) {
		if (cell.length() > ImportLimits.CELL_CHARS) {
			return "has " + cell.length() + " characters; a cell holds at most " + ImportLimits.CELL_CHARS;
		}
		for (int i = 0; i < cell.length(); i++) {
			if (isControl(cell.charAt(i))) {
				return controlMessage(cell.charAt(i), i);
			}
		}
		return null;
	}

	/** Whether Fulcrum refuses the character in imported text. */
	public static boolean isControl(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
	}

	private static String controlMessage(char c, int index) {
		return String.format(java.util.Locale.ROOT, "holds the control character U+%04X (character %d); remove it", (int) c, index + 1);
	}

	/** Problems found while reading, with their column, named by the header once it is known; at most {@link ImportLimits#PROBLEMS} kept. */
	private static final class Faults {
		private record Fault(int line, int column, String message) {
		}

		private final Path file;
		private final List<Fault> kept = new ArrayList<>();
		private int more;

		Faults(Path file) {
			this.file = file;
		}

		void add(int line, int column, String message) {
			if (kept.size() < ImportLimits.PROBLEMS) {
				kept.add(new Fault(line, column, message));
			} else {
				more++;
			}
		}

		boolean isEmpty() {
			return kept.isEmpty();
		}

		void throwIfAny(List<String> header) throws ImportException {
			if (kept.isEmpty()) {
				return;
			}
			List<ImportProblem> problems = new ArrayList<>();
			for (Fault fault : kept) {
				String name = fault.column() < 0 ? "" : fault.column() < header.size() && fault(header.get(fault.column())) == null
						&& !header.get(fault.column()).isBlank() ? header.get(fault.column()).strip() : "column " + (fault.column() + 1);
				problems.add(new ImportProblem(file, fault.line(), name, fault.message()));
			}
			throw new ImportException(problems, more);
		}
	}

	/** RFC 4180, strictly: a quote opens a field or doubles inside a quoted one, nowhere else. */
	private static final class Parser {
		private final Path file;
		private final String text;
		private final Faults faults;
		private final List<Row> rows = new ArrayList<>();
		private List<String> cells = new ArrayList<>();
		private final StringBuilder cell = new StringBuilder();
		private int line = 1;
		private int rowStart = 1;
		private long cellCount;
		private int rowCount;
		private boolean cellTooLong;
		private boolean strayQuote;

		Parser(Path file, String text) {
			this.file = file;
			this.text = text;
			this.faults = new Faults(file);
		}

		List<Row> parse() throws ImportException {
			boolean quoted = false;
			boolean closed = false;
			int quoteStart = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						append('"');
						i++;
					} else if (c == '"') {
						quoted = false;
						closed = true;
					} else {
						line += c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n') ? 1 : 0;
						append(c);
					}
				} else if (c == ',') {
					endCell();
					closed = false;
				} else if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					endCell();
					endRow();
					closed = false;
					line++;
					rowStart = line;
				} else if (closed) {
					faults.add(line, cells.size(), "text after the closing quote of a quoted field");
					closed = false;
					append(c);
				} else if (c == '"' && cell.isEmpty()) {
					quoted = true;
					quoteStart = line;
				} else if (c == '"') {
					if (!strayQuote) {
						strayQuote = true;
						faults.add(line, cells.size(), "a quote inside a field that does not start with one; quote the whole field and double the quote");
					}
					append(c);
				} else {
					append(c);
				}
			}
			if (quoted) {
				faults.add(quoteStart, -1, "a quoted field is never closed");
			}
			if (!cell.isEmpty() || !cells.isEmpty()) {
				endCell();
				endRow();
			}
			faults.throwIfAny(rows.isEmpty() ? List.of() : rows.get(0).cells());
			return rows;
		}

		private void append(char c) {
			if (isControl(c)) {
				faults.add(line, cells.size(), controlMessage(c, cell.length()));
			}
			if (cell.length() < ImportLimits.CELL_CHARS) {
				cell.append(c);
			} else if (!cellTooLong) {
				cellTooLong = true;
				faults.add(rowStart, cells.size(), "has more than " + ImportLimits.CELL_CHARS + " characters; a cell holds at most "
						+ ImportLimits.CELL_CHARS);
			}
		}

		private void endCell() throws ImportException {
			if (cells.size() >= ImportLimits.COLUMNS) {
				throw tooLarge(rowStart, "has more than " + ImportLimits.COLUMNS + " fields in a row");
			}
			if (++cellCount > ImportLimits.CELLS) {
				throw tooLarge(rowStart, "has more than " + ImportLimits.CELLS + " cells; split the file");
			}
			String text = cell.toString();
			cells.add(CsvCells.isNeutralised(text) ? text.substring(1) : text);
			cell.setLength(0);
			cellTooLong = false;
			strayQuote = false;
		}

		private void endRow() throws ImportException {
			if (!cells.stream().allMatch(String::isBlank)) {
				if (++rowCount > ImportLimits.ROWS + 1) {
					throw tooLarge(rowStart, "has more than " + ImportLimits.ROWS + " rows; split the file");
				}
				// Once the file is known to be refused only its problems matter: its rows are not kept, so junk costs no memory.
				if (rows.isEmpty() || faults.isEmpty()) {
					rows.add(new Row(rowStart, List.copyOf(cells)));
				}
			}
			cells = new ArrayList<>();
		}

		/** A bound passed: reading stops here, with the problems found so far. */
		private ImportException tooLarge(int at, String message) {
			List<ImportProblem> problems = new ArrayList<>();
			problems.add(new ImportProblem(file, at, "", message));
			try {
				faults.throwIfAny(rows.isEmpty() ? List.of() : rows.get(0).cells());
			} catch (ImportException earlier) {
				problems.addAll(earlier.problems());
				int kept = Math.min(problems.size(), ImportLimits.PROBLEMS);
				return new ImportException(problems.subList(0, kept), earlier.more() + problems.size() - kept);
			}
			return new ImportException(problems);
		}
	}
}

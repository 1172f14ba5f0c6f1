package org.fulcrum.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a worksheet of an Office Open XML workbook (.xlsx) as text cells: shared and
 * inline strings, numbers (a whole number without its ".0"), booleans. Rows keep the row number
 * the spreadsheet shows, so errors point at the right row.
 */
final class XlsxReader {

	private static final XMLInputFactory XML = newFactory();

	private XlsxReader() {
	}

	/** A worksheet as the workbook lists it: its name and its part in the package. */
	private record Sheet(String name, String part) {
	}

	/**
	 * The first sheet, in the workbook's order, whose first row {@code wanted} accepts; where
	 * only one sheet has data, that sheet, whatever its header, so that the import can say
	 * what the header lacks. When several sheets have data and none has the header, the
	 * problem names the file, what was expected and every sheet.
	 */
	static CsvTable read(Path file, Predicate<CsvTable> wanted, String expected) throws IOException, ImportException {
		long size = java.nio.file.Files.size(file);
		if (size > ImportLimits.WORKBOOK_BYTES) {
			throw problem(file, "is " + CsvTable.megabytes(size) + "; Fulcrum imports workbooks of up to " + CsvTable.megabytes(ImportLimits.WORKBOOK_BYTES));
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> shared = sharedStrings(zip);
			List<Sheet> sheets = sheets(zip);
			List<String> names = new ArrayList<>();
			List<CsvTable> withData = new ArrayList<>();
			for (Sheet sheet : sheets) {
				ZipEntry part = zip.getEntry(sheet.part());
				if (part == null) {
					throw problem(file, "is a damaged workbook: its sheet '" + sheet.name() + "' is missing");
				}
				List<List<String>> rows = new ArrayList<>();
				List<Integer> lines = new ArrayList<>();
				try (InputStream in = bounded(zip, part)) {
					readSheet(file, sheet.name(), XML.createXMLStreamReader(in), shared, rows, lines);
				}
				if (sheets.size() == 1) {
					return CsvTable.of(file, sheet.name(), rows, lines);
				}
				names.add("'" + sheet.name() + "'");
				if (!rows.isEmpty()) {
					CsvTable table = CsvTable.of(file, sheet.name(), rows, lines);
					if (wanted.test(table)) {
						return table;
					}
					withData.add(table);
				}
			}
			if (withData.size() == 1) {
				return withData.get(0);
			}
			if (sheets.isEmpty() || withData.isEmpty()) {
				throw problem(file, sheets.isEmpty() ? "has no worksheet" : "has only empty sheets; one needs a header row");
			}
			throw problem(file, "no sheet has " + expected + " in its first row (sheets " + String.join(", ", names) + ")");
		} catch (ZipException e) {
			throw problem(file, "is not an .xlsx workbook (" + e.getMessage() + ")");
		} catch (XMLStreamException e) {
			TooLarge large = tooLarge(e);
			if (large != null) {
				throw problem(file, large.getMessage());
			}
			throw problem(file, "is a damaged workbook: " + brokenXml(e));
		} catch (TooLarge e) {
			throw problem(file, e.getMessage());
		} catch (java.io.EOFException e) {
			throw problem(file, "is a damaged workbook: one of its parts ends too early");
		} catch (RuntimeException e) {
			// The JDK's zip and XML readers throw unchecked exceptions on some malformed input.
			throw problem(file, "is a damaged workbook (" + oneLine(String.valueOf(e.getMessage())) + ")");
		}
	}

	/** The bound that stopped the XML parser, which wraps what its stream throws. */
	private static TooLarge tooLarge(XMLStreamException e) {
		for (Throwable cause = e; cause != null; cause = cause instanceof XMLStreamException x && x.getNestedException() != null
				&& x.getNestedException() != cause ? x.getNestedException() : cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TooLarge large) {
				return large;
			}
		}
		return null;
	}

	/** The parser's own words without its "ParseError at [row,col]" prefix, with the place in plain words. */
	private static String brokenXml(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int words = message.indexOf("Message: ");
		String detail = oneLine(words >= 0 ? message.substring(words + "Message: ".length()) : message);
		javax.xml.stream.Location where = e.getLocation();
		return where == null || where.getLineNumber() < 0 ? detail
				: "its XML is broken at line " + where.getLineNumber() + ", column " + where.getColumnNumber() + " (" + detail + ")";
	}

	private static String oneLine(String text) {
		// A nested exception's message starts with its class name, which means nothing to a user.
		String plain = String.valueOf(text).replaceAll("\\s+", " ")
				.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:? ?", "").strip();
		return sanitize(plain.isEmpty() || plain.equals("null") ? "its contents cannot be read" : plain);
	}

	private static String sanitize(String text) {
		StringBuilder safe = new StringBuilder();
		for (int i = 0; i < text.length() && i < 300; i++) {
			char c = text.charAt(i);
			safe.append(CsvTable.isControl(c) ? '?' : c);
		}
		return safe.toString();
	}

	/** A bound of {@link ImportLimits} passed while reading a part. */
	static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;

		TooLarge(String message) {
			super(message);
		}
	}

	/**
	 * A part's content, refused as soon as it inflates beyond {@link ImportLimits#INFLATE_RATIO}
	 * times its compressed size (or {@link ImportLimits#FILE_BYTES}): a zip bomb stops after a
	 * few megabytes, not after filling memory.
	 */
	private static InputStream bounded(ZipFile zip, ZipEntry entry) throws IOException {
		long compressed = Math.max(entry.getCompressedSize(), 0);
		long limit = Math.min(ImportLimits.FILE_BYTES, Math.max(ImportLimits.RATIO_FLOOR_BYTES, compressed * ImportLimits.INFLATE_RATIO));
		return new java.io.FilterInputStream(zip.getInputStream(entry)) {
			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) throws TooLarge {
				read += n;
				if (read > limit) {
					throw new TooLarge("its part " + entry.getName() + " inflates to more than " + CsvTable.megabytes(limit) + " ("
							+ (compressed > 0 && read > compressed * ImportLimits.INFLATE_RATIO ? "over " + ImportLimits.INFLATE_RATIO
									+ " times its compressed size" : "the limit for a part") + "); Fulcrum does not read it");
				}
			}
		};
	}

	private static ImportException problem(Path file, String message) {
		return problem(file, 1, message);
	}

	private static ImportException problem(Path file, int line, String message) {
		return new ImportException(List.of(new ImportProblem(file, line, "", message)));
	}

	/** The workbook's sheets in the order a spreadsheet program shows them, through the workbook's relationships. */
	private static List<Sheet> sheets(ZipFile zip) throws IOException, XMLStreamException {
		Map<String, String> parts = new HashMap<>();
		ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
		if (rels != null) {
			try (InputStream in = bounded(zip, rels)) {
				XMLStreamReader xml = XML.createXMLStreamReader(in);
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
						String target = xml.getAttributeValue(null, "Target");
						parts.put(xml.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
					}
				}
			}
		}
		List<Sheet> sheets = new ArrayList<>();
		ZipEntry workbook = zip.getEntry("xl/workbook.xml");
		if (workbook != null) {
			try (InputStream in = bounded(zip, workbook)) {
				XMLStreamReader xml = XML.createXMLStreamReader(in);
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
						String part = parts.get(attribute(xml, "id"));
						sheets.add(new Sheet(xml.getAttributeValue(null, "name"), part != null ? part : "xl/worksheets/sheet" + (sheets.size() + 1) + ".xml"));
					}
				}
			}
		}
		if (sheets.isEmpty() && zip.getEntry("xl/worksheets/sheet1.xml") != null) {
			sheets.add(new Sheet("sheet1", "xl/worksheets/sheet1.xml"));
		}
		return sheets;
	}

	private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
		if (entry == null) {
			return strings;
		}
		try (InputStream in = bounded(zip, entry)) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			StringBuilder text = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
					text = new StringBuilder();
				} else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t") && text != null) {
					text.append(xml.getElementText());
				} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si") && text != null) {
					strings.add(text.toString());
					text = null;
				}
			}
		}
		return strings;
	}

	private static void readSheet(Path file, String sheetName, XMLStreamReader xml, List<String> shared, List<List<String>> rows,
			List<Integer> lines) throws XMLStreamException, ImportException {
		List<String> row = null;
		String type = null;
		int column = 0;
		long cells = 0;
		StringBuilder value = new StringBuilder();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
				case "dimension" -> refuseLargeDimension(file, sheetName, xml.getAttributeValue(null, "ref"));
				case "row" -> {
					if (rows.size() >= ImportLimits.ROWS) {
						throw problem(file, "its sheet '" + sheetName + "' has more than " + ImportLimits.ROWS + " rows; split it");
					}
					row = new ArrayList<>();
					String number = xml.getAttributeValue(null, "r");
					int line = number == null ? lines.size() + 1 : number(file, number, "row number");
					if (line < 1 || line > ImportLimits.ROWS) {
						throw problem(file, "its sheet '" + sheetName + "' has a row numbered " + line + "; a sheet has rows 1 to " + ImportLimits.ROWS);
					}
					lines.add(line);
					rows.add(row);
				}
				case "c" -> {
					if (row == null) {
						throw problem(file, "is a damaged workbook: a cell outside a row in sheet '" + sheetName + "'");
					}
					type = xml.getAttributeValue(null, "t");
					String ref = xml.getAttributeValue(null, "r");
					column = ref == null ? row.size() : columnIndex(ref);
					if (column < 0 || column >= ImportLimits.COLUMNS) {
						throw problem(file, lines.get(lines.size() - 1), "its sheet '" + sheetName + "' has a cell in column "
								+ sanitize(ref) + ", beyond the " + ImportLimits.COLUMNS + " columns of a sheet");
					}
					if (++cells > ImportLimits.CELLS) {
						throw problem(file, "its sheet '" + sheetName + "' has more than " + ImportLimits.CELLS + " cells; split it");
					}
					value.setLength(0);
				}
				case "v", "t" -> {
					value.append(xml.getElementText());
					if (value.length() > ImportLimits.CELL_CHARS) {
						throw problem(file, lines.isEmpty() ? 1 : lines.get(lines.size() - 1), "a cell of sheet '" + sheetName
								+ "' has more than " + ImportLimits.CELL_CHARS + " characters; a cell holds at most " + ImportLimits.CELL_CHARS);
					}
				}
				default -> {
					// formulas, styles: the cached value is all Fulcrum needs
				}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c") && row != null) {
				if (column < row.size()) {
					throw problem(file, lines.get(lines.size() - 1), "its sheet '" + sheetName + "' has two cells for one column, or cells out of order");
				}
				while (row.size() < column) {
					row.add("");
				}
				row.add(cell(file, type, value.toString(), shared));
			}
		}
		int width = rows.isEmpty() ? 0 : rows.get(0).size();
		for (List<String> each : rows) {
			while (each.size() < width) {
				each.add("");
			}
		}
	}

	/** A sheet that declares more rows or columns than a sheet can have is refused before its rows are read. */
	private static void refuseLargeDimension(Path file, String sheetName, String ref) throws ImportException {
		if (ref == null) {
			return;
		}
		String last = ref.substring(ref.indexOf(':') + 1);
		int letters = 0;
		while (letters < last.length() && Character.isLetter(last.charAt(letters))) {
			letters++;
		}
		String digits = last.substring(letters);
		if (letters > 3 || columnIndex(last) >= ImportLimits.COLUMNS || digits.length() > 9
				|| !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && Long.parseLong(digits) > ImportLimits.ROWS) {
			throw problem(file, "its sheet '" + sheetName + "' spans " + sanitize(ref) + ", more than a sheet's " + ImportLimits.ROWS
					+ " rows and " + ImportLimits.COLUMNS + " columns; Fulcrum does not read it");
		}
	}

	private static int number(Path file, String text, String what) throws ImportException {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw problem(file, "is a damaged workbook: '" + sanitize(text) + "' is not a " + what);
		}
	}

	private static String cell(Path file, String type, String raw, List<String> shared) throws ImportException {
		if ("s".equals(type)) {
			int index = number(file, raw, "shared string number");
			return index >= 0 && index < shared.size() ? shared.get(index) : "";
		}
		if ("b".equals(type)) {
			return "1".equals(raw) ? "TRUE" : "FALSE";
		}
		if (type == null || "n".equals(type)) {
			return raw.matches("-?[0-9]+\\.0+") ? raw.substring(0, raw.indexOf('.')) : raw;
		}
		return raw;
	}

	/** {@code C7} gives 2; letters beyond a sheet's columns give {@link Integer#MAX_VALUE}, no letter -1. */
	private static int columnIndex(String ref) {
		long index = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			int letter = Character.toUpperCase(ref.charAt(i)) - 'A' + 1;
			if (letter < 1 || letter > 26) {
				return Integer.MAX_VALUE;
			}
			index = index * 26 + letter;
			if (index > ImportLimits.COLUMNS) {
				return Integer.MAX_VALUE;
			}
		}
		return (int) index - 1;
	}

	private static String attribute(XMLStreamReader xml, String localName) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equals(localName)) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}
}

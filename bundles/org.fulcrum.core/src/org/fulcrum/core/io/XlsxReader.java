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
				try (InputStream in = zip.getInputStream(part)) {
					readSheet(XML.createXMLStreamReader(in), shared, rows, lines);
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
			throw problem(file, "is a damaged workbook: " + e.getMessage());
		}
	}

	private static ImportException problem(Path file, String message) {
		return new ImportException(List.of(new ImportProblem(file, 1, "", message)));
	}

	/** The workbook's sheets in the order a spreadsheet program shows them, through the workbook's relationships. */
	private static List<Sheet> sheets(ZipFile zip) throws IOException, XMLStreamException {
		Map<String, String> parts = new HashMap<>();
		ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
		if (rels != null) {
			try (InputStream in = zip.getInputStream(rels)) {
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
			try (InputStream in = zip.getInputStream(workbook)) {
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
		try (InputStream in = zip.getInputStream(entry)) {
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

	private static void readSheet(XMLStreamReader xml, List<String> shared, List<List<String>> rows, List<Integer> lines)
			throws XMLStreamException {
		List<String> row = null;
		String type = null;
		int column = 0;
		StringBuilder value = new StringBuilder();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
				case "row" -> {
					row = new ArrayList<>();
					String number = xml.getAttributeValue(null, "r");
					lines.add(number == null ? lines.size() + 1 : Integer.parseInt(number));
					rows.add(row);
				}
				case "c" -> {
					type = xml.getAttributeValue(null, "t");
					String ref = xml.getAttributeValue(null, "r");
					column = ref == null ? row.size() : columnIndex(ref);
					value.setLength(0);
				}
				case "v", "t" -> value.append(xml.getElementText());
				default -> {
					// formulas, styles: the cached value is all Fulcrum needs
				}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c") && row != null) {
				while (row.size() < column) {
					row.add("");
				}
				row.add(cell(type, value.toString(), shared));
			}
		}
		int width = rows.isEmpty() ? 0 : rows.get(0).size();
		for (List<String> each : rows) {
			while (each.size() < width) {
				each.add("");
			}
		}
	}

	private static String cell(String type, String raw, List<String> shared) {
		if ("s".equals(type)) {
			int index = Integer.parseInt(raw.strip());
			return index < shared.size() ? shared.get(index) : "";
		}
		if ("b".equals(type)) {
			return "1".equals(raw) ? "TRUE" : "FALSE";
		}
		if (type == null || "n".equals(type)) {
			return raw.matches("-?[0-9]+\\.0+") ? raw.substring(0, raw.indexOf('.')) : raw;
		}
		return raw;
	}

	/** {@code C7} gives 2. */
	private static int columnIndex(String ref) {
		int index = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
		}
		return index - 1;
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

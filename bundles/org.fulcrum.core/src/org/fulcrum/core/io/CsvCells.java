package org.fulcrum.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells of the CSV files Fulcrum writes (RFC 4180), safe to open in a spreadsheet: a cell that
 * a spreadsheet would run as a formula or command, one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return (OWASP's CSV-injection rule), is written with
 * a leading apostrophe, which spreadsheets show as text; a plain number such as {@code -1.5}
 * stays a number. {@link CsvTable} drops that apostrophe again when it reads the cell, so a
 * file Fulcrum wrote reads back as it was.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** One cell: neutralised where a spreadsheet would run it, quoted where it holds a comma, quote or line break. */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = isActive(value) ? "'" + value : value;
		return needsQuotes(text) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** A row of cells joined by commas, without the line break. */
	public static String row(List<String> cells) {
		return cells.stream().map(CsvCells::cell).collect(Collectors.joining(","));
	}

	/** Whether a spreadsheet would take the text as a formula or command rather than text. */
	static boolean isActive(String value) {
		char first = value.charAt(0);
		boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return trigger && !value.matches("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
	}

	/** Whether a cell read from a CSV file is one that {@link #cell} neutralised: an apostrophe before an active text. */
	static boolean isNeutralised(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && isActive(value.substring(1));
	}

	private static boolean needsQuotes(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}
}

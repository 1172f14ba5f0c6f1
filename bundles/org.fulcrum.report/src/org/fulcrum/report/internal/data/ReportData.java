package org.fulcrum.report.internal.data;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a report design reads through the application context: named row sets for its scripted
 * data sets ({@code rows("traits")}), named texts ({@code text("engagement")}) and named images
 * ({@code image("balance")}), encoded as the output format reads them fastest. Everything is
 * computed before rendering starts, from published figures only.
 */
public class ReportData {

	/** The key of the application context entry the designs read. */
	public static final String CONTEXT_KEY = "fulcrum";

	private final Map<String, Rows> rowSets = new HashMap<>();
	private final Map<String, byte[]> images = new HashMap<>();
	private final Map<String, String> texts = new HashMap<>();
	private final ImageEncoding encoding;

	protected ReportData(ImageEncoding encoding) {
		this.encoding = encoding;
	}

	protected final void put(String name, Rows rows) {
		rowSets.put(name, rows);
	}

	protected final void put(String name, BufferedImage image) {
		images.put(name, encoding.encode(image));
	}

	protected final void put(String name, String text) {
		texts.put(name, text);
	}

	/**
	 * Passes every text and every text value of the rows through {@code filter}, e.g. to show
	 * characters no font of a PDF prints as a visible replacement.
	 */
	public final void filterTexts(UnaryOperator<String> filter) {
		texts.replaceAll((name, text) -> filter.apply(text));
		for (Rows rows : rowSets.values()) {
			for (Map<String, Object> row : rows.list()) {
				row.replaceAll((column, value) -> value instanceof String text ? filter.apply(text) : value);
			}
		}
	}

	/** The rows of the data set {@code name}; a design asking for an unknown set is a bug, said plainly. */
	public List<Map<String, Object>> rows(String name) {
		Rows rows = rowSets.get(name);
		if (rows == null) {
			throw new IllegalArgumentException("the report data has no row set '" + name + "'; it has " + rowSets.keySet());
		}
		return rows.list();
	}

	/** A single text of the design, e.g. {@code text("engagement")} in the page header. */
	public String text(String name) {
		String text = texts.get(name);
		if (text == null) {
			throw new IllegalArgumentException("the report data has no text '" + name + "'; it has " + texts.keySet());
		}
		return text;
	}

	public byte[] image(String name) {
		byte[] png = images.get(name);
		if (png == null) {
			throw new IllegalArgumentException("the report data has no image '" + name + "'; it has " + images.keySet());
		}
		return png;
	}
}

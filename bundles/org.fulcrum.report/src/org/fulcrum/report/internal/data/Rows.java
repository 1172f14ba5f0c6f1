package org.fulcrum.report.internal.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one scripted data set of a report design. Each row is a map from the data set's
 * column names to values; the design's {@code fetch} script copies them into {@code row[...]}.
 */
public final class Rows {

	private final List<Map<String, Object>> rows = new ArrayList<>();

	/** Starts a row from column/value pairs: {@code add("trait", "Empathy", "self", "3.50")}. */
	public Rows add(Object... columnsAndValues) {
		if (columnsAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("columns and values come in pairs");
		}
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
		}
		rows.add(row);
		return this;
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	public List<Map<String, Object>> list() {
		return rows;
	}
}

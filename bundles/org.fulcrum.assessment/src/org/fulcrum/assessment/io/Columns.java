package org.fulcrum.assessment.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;

/**
 * The header of a wide response file: which column holds which item, which holds a comment
 * (and on which dimension; null for a general comment). Any other column is an error.
 */
record Columns(Map<Integer, BehaviourItem> items, Map<Integer, Dimension> comments) {

	private static final Set<String> KEYS = Set.of("token", "participant", "rateremail", "submitted", "respondent");

	static Columns of(CsvTable table, Map<String, BehaviourItem> items, Map<String, Dimension> dimensions, Problems problems) {
		Map<Integer, BehaviourItem> itemColumns = new LinkedHashMap<>();
		Map<Integer, Dimension> commentColumns = new LinkedHashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String name = CsvTable.normalise(table.header().get(i));
			if (KEYS.contains(name)) {
				continue;
			}
			if (name.equals("comment") || name.equals("comments")) {
				commentColumns.put(i, null);
			} else if (name.startsWith("comment:") && dimensions.containsKey(name.substring(8))) {
				commentColumns.put(i, dimensions.get(name.substring(8)));
			} else if (items.containsKey(name)) {
				itemColumns.put(i, items.get(name));
			} else {
				problems.add(1, table.header().get(i).strip(), "is not an item of the engagement's instruments, nor a token or comment column");
			}
		}
		return new Columns(itemColumns, commentColumns);
	}
}

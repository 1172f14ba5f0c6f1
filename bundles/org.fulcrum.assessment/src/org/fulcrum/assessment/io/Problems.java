package org.fulcrum.assessment.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportLimits;
import org.fulcrum.core.io.ImportProblem;

/** The faults found in one file, collected before anything is changed. */
final class Problems {

	private final CsvTable table;
	private final List<ImportProblem> found = new ArrayList<>();
	/** Problems beyond those kept: a broken file of a million rows lists the first and counts the rest. */
	private int more;

	Problems(CsvTable table) {
		this.table = table;
	}

	void add(int line, String field, String message) {
		if (found.size() < ImportLimits.PROBLEMS) {
			found.add(new ImportProblem(table.file(), line, field, message));
		} else {
			more++;
		}
	}

	/**
	 * Refuses a header that names a column twice (two answers for one item, two ids) and, when
	 * {@code known} is given, any column it does not list: a misspelt column is an error, not ignored.
	 */
	void checkHeader(List<String> columns) {
		Set<String> known = columns == null ? null : new HashSet<>(columns.stream().map(CsvTable::normalise).toList());
		Map<String, Integer> first = new HashMap<>();
		List<String> header = table.header();
		for (int i = 0; i < header.size(); i++) {
			String name = CsvTable.normalise(header.get(i));
			if (name.isEmpty()) {
				add(1, "column " + (i + 1), "has no name in the header");
				continue;
			}
			Integer earlier = first.putIfAbsent(name, i);
			if (earlier != null) {
				add(1, header.get(i).strip(), "is a second column of the same name (the first is column " + (earlier + 1) + ")");
			} else if (known != null && !known.contains(name)) {
				add(1, header.get(i).strip(), "is not a column of this import; the columns are " + String.join(", ", columns));
			}
		}
	}

	/** Requires the named columns in the header. */
	void requireColumns(String... names) {
		for (String name : names) {
			if (table.column(name) < 0) {
				add(1, name, "missing column; the header needs " + String.join(", ", names));
			}
		}
	}

	/** True when the row has as many cells as the header, else records the fault. */
	boolean wellFormed(CsvTable.Row row) {
		if (row.cells().size() != table.header().size()) {
			add(row.line(), "", "has " + row.cells().size() + " fields, the header has " + table.header().size());
			return false;
		}
		return true;
	}

	String cell(CsvTable.Row row, String column) {
		int index = table.column(column);
		return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index).strip();
	}

	/** Throws with every fault when there is any: the caller has changed nothing yet. */
	void throwIfAny() throws ImportException {
		if (!found.isEmpty()) {
			throw new ImportException(found, more);
		}
	}
}

package org.fulcrum.assessment.io;

import java.util.ArrayList;
import java.util.List;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;

/** The faults found in one file, collected before anything is changed. */
final class Problems {

	private final CsvTable table;
	private final List<ImportProblem> found = new ArrayList<>();

	Problems(CsvTable table) {
		this.table = table;
	}

	void add(int line, String field, String message) {
		found.add(new ImportProblem(table.file(), line, field, message));
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
			throw new ImportException(found);
		}
	}
}

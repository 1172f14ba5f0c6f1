package org.fulcrum.core.io;

import java.nio.file.Path;

/** One fault of an imported file, written {@code file:line: field: what is wrong}. */
public record ImportProblem(Path file, int line, String field, String message) {

	@Override
	public String toString() {
		return file.getFileName() + ":" + line + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + message;
	}
}

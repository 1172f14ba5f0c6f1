package org.fulcrum.core.io;

import java.util.List;
import java.util.stream.Collectors;

/** An import was refused; every problem found is listed, and nothing was imported. */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	public ImportException(List<ImportProblem> problems) {
		super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found; nothing was imported:\n"
				+ problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}
}

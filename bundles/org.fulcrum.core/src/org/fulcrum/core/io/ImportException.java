package org.fulcrum.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import was refused; the problems found are listed (the first {@link ImportLimits#PROBLEMS},
 * then how many more), and nothing was imported.
 */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;
	private final int more;

	public ImportException(List<ImportProblem> problems) {
		this(problems.subList(0, Math.min(problems.size(), ImportLimits.PROBLEMS)),
				Math.max(0, problems.size() - ImportLimits.PROBLEMS));
	}

	/** @param more how many further problems were found and not kept */
	public ImportException(List<ImportProblem> problems, int more) {
		super(problems.size() + more + " problem" + (problems.size() + more == 1 ? "" : "s") + " found; nothing was imported:\n"
				+ problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"))
				+ (more > 0 ? "\n... and " + more + " more" : ""));
		this.problems = List.copyOf(problems);
		this.more = more;
	}

	/** The problems kept, in the order found. */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** How many problems were found beyond {@link #problems()}. */
	public int more() {
		return more;
	}

	/** Every problem found: those kept and the others. */
	public int total() {
		return problems.size() + more;
	}
}

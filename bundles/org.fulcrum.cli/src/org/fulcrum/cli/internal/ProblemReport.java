package org.fulcrum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.Engagement;

/** Prints validation problems one per line, {@code file: severity: where: what}, and counts them. */
public final class ProblemReport {

	private final List<Problem> problems;

	public ProblemReport(List<Problem> problems) {
		this.problems = problems;
	}

	/**
	 * The gate of every command that publishes figures ({@code score}, {@code report},
	 * {@code coaching-report}): data that fails validation (an answer off the scale, a broken
	 * reference) is never published. Prints the errors and one {@code fulcrum:} line on
	 * {@code err} and returns false when the engagement has errors.
	 */
	public static boolean publishable(String command, Path file, Engagement engagement, PrintStream err) {
		ProblemReport problems = new ProblemReport(Problems.of(EngagementValidation.validate(engagement)));
		if (problems.errors() == 0) {
			return true;
		}
		problems.printErrors(file, err, 20);
		err.println("fulcrum: " + command + ": " + file.getFileName() + " has " + problems.counts()
				+ "; nothing is published until ./fulcrum validate passes");
		return false;
	}

	public long errors() {
		return problems.stream().filter(Problem::isError).count();
	}

	public long warnings() {
		return problems.size() - errors();
	}

	public void print(Path file, PrintStream out, int limit) {
		problems.stream().limit(limit).forEach(p -> out.println(file.getFileName() + ": " + p.severityLabel() + ": "
				+ p.location() + ": " + p.message()));
		if (problems.size() > limit) {
			out.println(file.getFileName() + ": ... and " + (problems.size() - limit) + " more");
		}
	}

	/** Prints the errors alone, as {@link #print} does. */
	public void printErrors(Path file, PrintStream out, int limit) {
		new ProblemReport(problems.stream().filter(Problem::isError).toList()).print(file, out, limit);
	}

	public String counts() {
		return count(errors(), "error") + ", " + count(warnings(), "warning");
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}

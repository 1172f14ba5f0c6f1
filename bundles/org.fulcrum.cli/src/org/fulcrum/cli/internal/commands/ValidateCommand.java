package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.ProblemReport;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.Engagement;

/** {@code ./fulcrum validate FILE}: reads an engagement and lists what is wrong in it. */
public final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String synopsis() {
		return "FILE [--limit N]";
	}

	@Override
	public String summary() {
		return "check an engagement file; exit 1 when it has errors";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		Path file = Path.of(arguments.allowOnly(Set.of("limit")).atMost(1).operand(0, "the engagement FILE"));
		int limit = arguments.intOption("limit", 200, 1);
		Engagement engagement = new EngagementStore().readFromXmi(file);
		ProblemReport report = new ProblemReport(Problems.of(EngagementValidation.validate(engagement)));
		report.print(file, console.out(), limit);
		console.out().println(file.getFileName() + ": " + report.counts());
		return report.errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.ProblemReport;
import org.fulcrum.cli.internal.ProgressLine;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.report.CoachingReports;
import org.fulcrum.report.ReportBatch;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.ReportFormat;

/**
 * {@code ./fulcrum coaching-report ENG --out DIR [--plans] [--progress] [--issues] [--as-of DATE] [--format pdf,html,xlsx]}:
 * the development plans, the cohort's coaching progress and the key partner issues as reports
 * (all three unless some are named). Reads the engagement only: these are not releases.
 */
public final class CoachingReportCommand implements Command {

	@Override
	public String name() {
		return "coaching-report";
	}

	@Override
	public String synopsis() {
		return "ENG --out DIR [--plans] [--progress] [--issues] [--as-of DATE] [--format pdf,html,xlsx]";
	}

	@Override
	public String summary() {
		return "write the development plans, the coaching progress and the key partner issues reports into DIR";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("out", "plans", "progress", "issues", "as-of", "format", "threads"));
		Set<CoachingReports.Kind> kinds = EnumSet.noneOf(CoachingReports.Kind.class);
		if (arguments.flag("plans")) {
			kinds.add(CoachingReports.Kind.PLANS);
		}
		if (arguments.flag("progress")) {
			kinds.add(CoachingReports.Kind.PROGRESS);
		}
		if (arguments.flag("issues")) {
			kinds.add(CoachingReports.Kind.ISSUES);
		}
		arguments.atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		String out = arguments.option("out", null);
		if (out == null || out.isBlank()) {
			throw new UsageException("coaching-report: --out DIR is needed: the folder to write the reports into");
		}
		Set<ReportFormat> formats = ReportCommand.formats(arguments.option("format", "pdf"));
		LocalDate asOf = AsOf.day(arguments, "as-of", LocalDate.now());
		int threads = arguments.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
		Engagement engagement = new EngagementStore().read(file);
		if (!ProblemReport.publishable(name(), file, engagement, console.err())) {
			return ExitCode.FINDINGS;
		}
		Path folder = Path.of(out).toAbsolutePath().normalize();
		try {
			return write(engagement, folder, kinds.isEmpty() ? EnumSet.allOf(CoachingReports.Kind.class) : kinds, formats, asOf,
					threads, console);
		} catch (ReportException e) {
			console.err().println("fulcrum: coaching-report: " + e.getMessage());
			return ExitCode.INTERNAL;
		}
	}

	/** Writes the reports and prints a summary; shared with the demo. */
	static int write(Engagement engagement, Path folder, Set<CoachingReports.Kind> kinds, Set<ReportFormat> formats, LocalDate asOf,
			int threads, Console console) throws ReportException, InterruptedException {
		List<ReportBatch.Job> jobs = CoachingReports.jobs(engagement, folder, kinds, formats, asOf);
		ProgressLine progress = new ProgressLine(console.err(), ProgressLine.onTerminal());
		ReportBatch.Outcome outcome = ReportBatch.run(jobs, threads,
				(done, total, job, failure) -> progress.step(done, total, job.name(), failure));
		console.out().printf(Locale.ROOT, "wrote %d coaching and partner-issue report file(s) as of %s to %s in %.1f s%n",
				outcome.written().size(), asOf, folder, outcome.nanos() / 1e9);
		if (!outcome.failures().isEmpty()) {
			console.out().println(outcome.failures().size() + " report(s) failed:");
			outcome.failures().forEach(failure -> console.out().println("  " + failure));
		}
		return outcome.failures().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ProgressLine;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.report.CoachingReports;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.ReportFormat;

/**
 * The last step of {@code ./fulcrum demo}: the demo's individual reports and its cohort report, with
 * their releases recorded, then its development plans, coaching progress and key partner issues.
 */
final class DemoReports {

	private DemoReports() {
	}

	/** Writes the reports into {@code folder}; false when any failed (each is printed). */
	static boolean write(EngagementDocument document, Path folder, Console console)
			throws ReportException, InterruptedException, StoreException {
		ProgressLine progress = new ProgressLine(console.err(), ProgressLine.onTerminal());
		EngagementReports.Result result = EngagementReports.write(document.engagement(),
				new EngagementReports.Request(folder, EnumSet.allOf(ReportFormat.class), null, true, true,
						Runtime.getRuntime().availableProcessors(), LocalDate.now()),
				(done, total, job, failure) -> progress.step(done, total, job.name(), failure));
		document.markDirty();
		document.save();
		var outcome = result.outcome();
		console.out().printf(Locale.ROOT, "Reports: %d files (individual PDF and HTML, cohort PDF, HTML and XLSX) in %.1f s%n",
				outcome.written().size(), outcome.nanos() / 1e9);
		console.out().println("  written to: " + folder);
		console.out().println("  open " + folder.resolve("cohort.html") + " first");
		outcome.failures().forEach(failure -> console.out().println("  FAILED: " + failure));
		// The plans and the partner issues as of the demo's day; the coaching progress as of the program's last call, so
		// that it shows the partner managers' coaching over all six calls.
		int coaching = CoachingReportCommand.write(document.engagement(), folder,
				EnumSet.of(CoachingReports.Kind.PLANS, CoachingReports.Kind.ISSUES), EnumSet.allOf(ReportFormat.class), DemoCoaching.AS_OF,
				Runtime.getRuntime().availableProcessors(), console);
		int progressReport = CoachingReportCommand.write(document.engagement(), folder, EnumSet.of(CoachingReports.Kind.PROGRESS),
				EnumSet.allOf(ReportFormat.class), DemoCoaching.PROGRAM_END, Runtime.getRuntime().availableProcessors(), console);
		return outcome.failures().isEmpty() && coaching == ExitCode.OK && progressReport == ExitCode.OK;
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ProgressLine;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.ReportFormat;

/** The last step of {@code ./fulcrum demo}: the demo's individual reports and its cohort report, with their releases recorded. */
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
		return outcome.failures().isEmpty();
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.ProblemReport;
import org.fulcrum.cli.internal.ProgressLine;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.ReportFormat;

/**
 * {@code ./fulcrum report ENG --out DIR [--format pdf,html,xlsx] [--participant ID] [--cohort]}: writes
 * the individual reports (and the cohort report) in parallel, records each release in the
 * engagement, and goes on past a participant whose report fails.
 */
public final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String synopsis() {
		return "ENG --out DIR [--format pdf,html,xlsx] [--participant ID] [--cohort] [--threads N]";
	}

	@Override
	public String summary() {
		return "write the individual 360° reports (and with --cohort the cohort report) into DIR";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("out", "format", "participant", "cohort", "threads"));
		boolean cohort = arguments.flag("cohort");
		arguments.atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		String out = arguments.option("out", null);
		if (out == null || out.isBlank()) {
			throw new UsageException("report: --out DIR is needed: the folder to write the reports into");
		}
		Set<ReportFormat> formats = formats(arguments.option("format", "pdf"));
		String participant = arguments.option("participant", null);
		int threads = arguments.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
		if (formats.equals(EnumSet.of(ReportFormat.XLSX)) && !cohort) {
			throw new UsageException("report: XLSX is a format of the cohort report only; add --cohort, or ask for pdf or html");
		}
		try (EngagementDocument document = new EngagementStore().open(file)) {
			if (!ProblemReport.publishable(name(), file, document.engagement(), console.err())) {
				return ExitCode.FINDINGS;
			}
			if (participant != null && EngagementReports.select(document.engagement(), participant).isEmpty()) {
				throw new UsageException("report: " + file.getFileName() + " has no participant or assessment '" + participant + "'");
			}
			Path folder = Path.of(out).toAbsolutePath().normalize();
			ProgressLine progress = new ProgressLine(console.err(), ProgressLine.onTerminal());
			EngagementReports.Result result = EngagementReports.write(document.engagement(),
					new EngagementReports.Request(folder, formats, participant, true, cohort, threads, LocalDate.now()),
					(done, total, job, failure) -> progress.step(done, total, job.name(), failure));
			if (result.released() > 0) {
				document.markDirty();
				document.save();
			}
			var outcome = result.outcome();
			double seconds = outcome.nanos() / 1e9;
			console.out().printf(Locale.ROOT, "wrote %d report file(s) to %s in %.1f s (%.1f per second); %d release(s) recorded in %s%n",
					outcome.written().size(), folder, seconds, seconds > 0 ? outcome.written().size() / seconds : 0,
					result.released(), file.getFileName());
			result.notes().forEach(note -> console.out().println("  note: " + note));
			if (!outcome.failures().isEmpty()) {
				console.out().println(outcome.failures().size() + " report(s) failed:");
				outcome.failures().forEach(failure -> console.out().println("  " + failure));
			}
			boolean refused = result.notes().stream().anyMatch(n -> n.contains(": not released: "));
			return outcome.failures().isEmpty() && !refused ? ExitCode.OK : ExitCode.FINDINGS;
		} catch (ReportException e) {
			console.err().println("fulcrum: report: " + e.getMessage());
			return ExitCode.INTERNAL;
		}
	}

	static Set<ReportFormat> formats(String list) throws UsageException {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		for (String name : list.split(",")) {
			try {
				formats.add(ReportFormat.of(name));
			} catch (IllegalArgumentException e) {
				throw new UsageException("report: --format: " + e.getMessage());
			}
		}
		return formats;
	}
}

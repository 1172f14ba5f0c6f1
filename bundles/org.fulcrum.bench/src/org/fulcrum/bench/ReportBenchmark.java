package org.fulcrum.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Comment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportBatch;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.report.ReportRenderer;
import org.fulcrum.report.internal.birt.BirtReports;

/**
 * The full individual PDF report of every participant of a synthetic engagement, rendered the
 * way {@code ./fulcrum report} does (one engine, designs opened once, one thread per core, each
 * file written atomically), against the naive way: a new engine for each report. Runs inside
 * Equinox (releng/scripts/bench.sh reports). Arguments: work folder, participants, raters, items,
 * naive reports.
 */
public final class ReportBenchmark implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BenchArguments bench = BenchArguments.parse(arguments);
		Engagement engagement = withComments(bench.engagement());
		EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement);
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		List<IndividualReport> reports = new ArrayList<>();
		for (ParticipantResult participant : result.participants()) {
			reports.add(IndividualReport.of(engagement, participant, catalog, java.time.LocalDate.of(2026, 11, 25)));
		}
		long started = System.nanoTime();
		ReportRenderer renderer = ReportRenderer.shared();
		renderer.write(reports.get(0), ReportFormat.PDF, new ByteArrayOutputStream());
		double firstMillis = (System.nanoTime() - started) / 1e6;

		Path folder = Files.createDirectories(bench.folder().resolve("pdf"));
		int threads = Runtime.getRuntime().availableProcessors();
		List<ReportBatch.Job> jobs = new ArrayList<>();
		for (IndividualReport report : reports) {
			jobs.add(new ReportBatch.Job(report.result().assessment().getId(),
					folder.resolve(report.result().assessment().getId() + ".pdf"), out -> renderer.write(report, ReportFormat.PDF, out)));
		}
		ReportBatch.Outcome outcome = ReportBatch.run(jobs, threads, (done, total, job, failure) -> {
		});
		double sharedSeconds = outcome.nanos() / 1e9;
		double sharedRate = reports.size() / sharedSeconds;
		long bytes = 0;
		for (ReportBatch.Job job : outcome.written()) {
			bytes += Files.size(job.target());
		}

		int naive = Math.min(bench.runs(), reports.size());
		long naiveStarted = System.nanoTime();
		for (int i = 0; i < naive; i++) {
			BirtReports own = BirtReports.startPrivate();
			try {
				own.write(reports.get(i), ReportFormat.PDF, new ByteArrayOutputStream());
			} finally {
				own.close();
			}
		}
		double naiveSeconds = (System.nanoTime() - naiveStarted) / 1e9;
		double naiveRate = naive / naiveSeconds;

		System.out.printf(Locale.ROOT, "# Report benchmark: full individual PDF, %d participants x %d raters x %d items%n%n",
				bench.participants(), bench.raters(), bench.items());
		System.out.println("| | reports | time | reports/s |");
		System.out.println("|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| engine start, design opened, first report | 1 | %.0f ms | |%n", firstMillis);
		System.out.printf(Locale.ROOT, "| shared engine, %d threads | %d | %.1f s | **%.1f** |%n", threads, outcome.written().size(),
				sharedSeconds, sharedRate);
		System.out.printf(Locale.ROOT, "| naive: a new engine per report, 1 thread | %d | %.1f s | %.2f |%n", naive, naiveSeconds,
				naiveRate);
		System.out.println();
		System.out.printf(Locale.ROOT, "shared engine is %.1fx the naive way (%.1fx per thread); %d failed; %.0f KB per PDF; %d cores, Java %s%n",
				sharedRate / naiveRate, sharedRate / threads / naiveRate, outcome.failures().size(),
				bytes / 1024.0 / Math.max(1, outcome.written().size()), threads, Runtime.version());
		outcome.failures().stream().limit(5).forEach(System.out::println);
		return outcome.failures().isEmpty() ? IApplication.EXIT_OK : Integer.valueOf(1);
	}

	/** Three comments per participant, as a real engagement has, so the report's comment page is not empty. */
	private static Engagement withComments(Engagement engagement) {
		String[] texts = { "Keeps every commitment to our team, even under pressure.",
				"Could listen more before proposing a solution.", "Brings the whole partner organisation along." };
		for (Assessment assessment : engagement.getAssessments()) {
			for (int i = 0; i < texts.length; i++) {
				Comment comment = FulcrumFactory.eINSTANCE.createComment();
				comment.setGroup(i % 2 == 0 ? RelationshipGroup.PEER : RelationshipGroup.PARTNER);
				comment.setText(texts[i]);
				assessment.getComments().add(comment);
			}
		}
		return engagement;
	}

	@Override
	public void stop() {
		// runs to its end
	}
}

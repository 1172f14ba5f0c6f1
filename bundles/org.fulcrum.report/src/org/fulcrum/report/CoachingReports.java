package org.fulcrum.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.coaching.PlanSheet;
import org.fulcrum.coaching.PlanSheets;
import org.fulcrum.coaching.Progress;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;

/**
 * Writes an engagement's coaching and partner-issue reports into a folder: a development plan
 * report per plan, the cohort's coaching progress and the key partner issues, as of a day.
 */
public final class CoachingReports {

	/** Which of the reports to write. */
	public enum Kind {
		PLANS, PROGRESS, ISSUES
	}

	private CoachingReports() {
	}

	/** The jobs that write {@code kinds} in {@code formats} (PDF and HTML for plans; any for the others) into {@code folder}. */
	public static List<ReportBatch.Job> jobs(Engagement engagement, Path folder, Set<Kind> kinds, Set<ReportFormat> formats,
			LocalDate asOf) throws ReportException {
		ReportRenderer renderer = ReportRenderer.shared();
		EngagementResult results = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement);
		List<ReportBatch.Job> jobs = new ArrayList<>();
		if (kinds.contains(Kind.PLANS)) {
			Set<ReportFormat> planFormats = EnumSet.copyOf(formats);
			planFormats.remove(ReportFormat.XLSX);
			for (DevelopmentPlan plan : engagement.getPlans()) {
				var result = plan.getBasedOn() == null ? null : results.of(plan.getBasedOn()).orElse(null);
				PlanSheet sheet = PlanSheets.of(engagement, plan, result, asOf);
				PlanReport report = new PlanReport(engagement, sheet, asOf);
				for (ReportFormat format : planFormats) {
					jobs.add(new ReportBatch.Job("plan " + plan.getId() + " (" + format + ")",
							folder.resolve("plan-" + plan.getId().replaceAll("[^A-Za-z0-9_.-]+", "-") + "." + format.extension()),
							out -> renderer.write(report, format, out)));
				}
			}
		}
		if (kinds.contains(Kind.PROGRESS)) {
			ProgressReport report = new ProgressReport(engagement, Progress.cohort(engagement, results, asOf), asOf);
			for (ReportFormat format : formats) {
				jobs.add(new ReportBatch.Job("coaching progress (" + format + ")", folder.resolve("coaching-progress." + format.extension()),
						out -> renderer.write(report, format, out)));
			}
		}
		if (kinds.contains(Kind.ISSUES)) {
			// As of the end of the day, so that what happened that day counts.
			var moment = asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
			IssuesReport report = new IssuesReport(engagement, new KeyIssuesQuery(IssueRules.of(engagement)).of(engagement, moment), asOf);
			for (ReportFormat format : formats) {
				jobs.add(new ReportBatch.Job("key partner issues (" + format + ")", folder.resolve("partner-issues." + format.extension()),
						out -> renderer.write(report, format, out)));
			}
		}
		return jobs;
	}
}

package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.Progress;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.report.CoachingReports;
import org.fulcrum.report.ReportBatch;
import org.fulcrum.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development plan, coaching progress and key partner issues reports of the demo engagement. */
class CoachingReportsTest {

	@TempDir
	Path folder;

	private final DemoFixture demo = new DemoFixture();

	private String pdfText(String name) throws Exception {
		return new Rendered(Files.readAllBytes(folder.resolve(name))).pdfText();
	}

	@Test
	void everyReportIsWrittenAndSaysWhatItIsAbout() throws Exception {
		DemoCoaching.addTo(demo.engagement);
		List<ReportBatch.Job> jobs = CoachingReports.jobs(demo.engagement, folder, EnumSet.allOf(CoachingReports.Kind.class),
				EnumSet.of(ReportFormat.PDF, ReportFormat.HTML), DemoCoaching.AS_OF);
		ReportBatch.Outcome outcome = ReportBatch.run(jobs, 2, (done, total, job, failure) -> {
		});
		assertEquals(List.of(), outcome.failures());
		assertEquals(demo.engagement.getPlans().size() * 2 + 4, outcome.written().size());

		var plan = demo.engagement.getPlans().get(0);
		String planText = pdfText("plan-" + plan.getId() + ".pdf");
		assertTrue(planText.contains(plan.getParticipant().getName()), "the participant");
		assertTrue(planText.contains(plan.getFocusAreas().get(0).getTrait().getName()), "the first focus trait");
		assertTrue(planText.contains("Behaviours to practise") && planText.contains("SMART check"));

		String progress = pdfText("coaching-progress.pdf");
		assertTrue(progress.contains("Sessions:") && progress.matches("(?s).*\\bP\\d\\d\\b.*"), "totals and participants by code: " + progress);
		for (var person : demo.engagement.getPeople()) {
			assertFalse(progress.contains(person.getName()), "no participant named without the policy's consent: " + person.getName());
		}

		String issues = pdfText("partner-issues.pdf");
		assertTrue(issues.contains("Open issues, most urgent first") && issues.contains("Broken commitments"));
		assertTrue(issues.contains("Resolved, not confirmed by the partner") && issues.contains("Owed to partners"), issues);
		for (PartnerIssue issue : demo.engagement.getIssues()) { // the owner of every open or unconfirmed issue is named
			if (issue.getStatus() != org.fulcrum.model.IssueStatus.CLOSED && issue.getSupportOwner() != null) {
				assertTrue(issues.contains(issue.getSupportOwner().getName()), issue.getId() + "'s owner");
			}
		}
		for (PartnerIssue issue : demo.engagement.getIssues()) {
			for (IssueEvent event : issue.getTimeline()) {
				if (!event.isVisibleToPartner() && event.getText() != null && event.getText().length() > 12) {
					assertFalse(issues.contains(event.getText()), "an internal note in the issues report: " + event.getText());
				}
			}
		}
	}

	@Test
	void theProgressReportShowsThePartnerCoachingOverTheSixCalls() throws Exception {
		DemoCoaching.addTo(demo.engagement);
		List<ReportBatch.Job> jobs = CoachingReports.jobs(demo.engagement, folder, EnumSet.of(CoachingReports.Kind.PROGRESS),
				EnumSet.of(ReportFormat.PDF), DemoCoaching.PROGRAM_END);
		assertEquals(List.of(), ReportBatch.run(jobs, 1, (done, total, job, failure) -> {
		}).failures());
		String progress = pdfText("coaching-progress.pdf");
		assertTrue(progress.contains("Partner coaching, call by call"), progress);
		CohortProgress cohort = Progress.cohort(demo.engagement,
				new org.fulcrum.assessment.scoring.ScoringEngine(org.fulcrum.assessment.scoring.ScoringSettings.DEFAULT).score(demo.engagement),
				DemoCoaching.PROGRAM_END);
		assertEquals(6, cohort.calls().size());
		for (CohortProgress.Call call : cohort.calls()) {
			// each call's row: number, participants, sessions, then the shares as the report prints them
			String row = call.number() + " " + call.participants() + " " + call.quality().sessions() + " "
					+ CoachingLabels.percent(call.quality().openShare());
			assertTrue(progress.contains(row), "call row '" + row + "' in " + progress);
		}
		double first = cohort.calls().get(0).quality().openShare().getAsDouble();
		double last = cohort.calls().get(5).quality().openShare().getAsDouble();
		assertTrue(last > first + 0.2, "the demo's coaching improves over the calls: " + first + " -> " + last);
		assertTrue(cohort.calls().get(5).quality().partnerOwnedShare().getAsDouble() > cohort.calls().get(0).quality().partnerOwnedShare()
				.getAsDouble(), "more actions owned by the partner");
		assertTrue(progress.contains("bully (persecutor)") || progress.contains("rescuer"), "stances in the report");
	}
}

package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Set;

import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.ReportRelease;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReleaseLedger;
import org.fulcrum.report.ReportFormat;
import org.junit.jupiter.api.Test;

class ReleaseLedgerTest {

	private final DemoFixture demo = new DemoFixture();
	private final Assessment assessment = demo.assessment(0);

	/** Plans, scores and records one release, as {@code ./fulcrum report} does; returns what it published. */
	private ParticipantResult release() throws Exception {
		ReleaseLedger ledger = ReleaseLedger.plan(demo.engagement, List.of(assessment));
		// the one release decision, as every output applies it (docs/scoring.md, "Re-issue")
		ParticipantResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement).of(assessment).orElseThrow();
		IndividualReport report = IndividualReport.of(demo.engagement, result, InstrumentCatalog.installed(), DemoFixture.DATE);
		ledger.record(demo.engagement, report, Set.of(ReportFormat.PDF), new Date());
		return result;
	}

	private static Figure peers(ParticipantResult result) {
		return result.dimension("INT").orElseThrow().figures().of(RaterGroup.PEER).orElseThrow();
	}

	private static Figure others(ParticipantResult result) {
		return result.dimension("INT").orElseThrow().figures().of(RaterGroup.ALL_OTHERS).orElseThrow();
	}

	@Test
	void everyReleaseIsRecordedWithItsCountsAndSubmissions() throws Exception {
		ParticipantResult first = release();
		ReportRelease release = demo.engagement.getReleases().get(0);
		assertEquals(assessment, release.getAssessment());
		assertEquals("pdf", release.getFormats());
		long completed = assessment.getInvitations().stream().filter(i -> i.getStatus() == InvitationStatus.COMPLETED).count();
		assertEquals(completed, release.getSubmissions().size());
		assertTrue(release.getCounts().stream().anyMatch(c -> c.getGroup().equals("ALL_OTHERS")
				&& c.getRaters() == first.raters().get(RaterGroup.ALL_OTHERS)));
		assertEquals(first.comments().size(), release.getCommentDigests().size());
	}

	@Test
	void oneLatePeerIsHeldBackSoTheReissueKeepsTheEarlierFigures() throws Exception {
		ParticipantResult first = release();
		RaterInvitation late = demo.addRater(assessment, RelationshipGroup.PEER);
		ReleaseLedger ledger = ReleaseLedger.plan(demo.engagement, List.of(assessment));
		assertEquals(Set.of(late), ledger.decision(assessment).heldBack());
		assertTrue(ledger.decision(assessment).notes().get(0).contains("1 new peer"), ledger.decision(assessment).notes().toString());
		ParticipantResult second = release();
		assertEquals(peers(first), peers(second), "peers keep the figures of the first release");
		assertEquals(others(first), others(second), "and so does all others");
		assertEquals(first.raters(), second.raters());
	}

	@Test
	void theCohortReportSaysWhoseFiguresKeepToAnEarlierRelease() throws Exception {
		release();
		assertFalse(cohortText().contains("as released on"), "nobody held back: nothing to say");
		demo.addRater(assessment, RelationshipGroup.PEER);
		String text = cohortText().replaceAll("\\s+", " ");
		assertTrue(text.contains("Re-issued figures.") && text.contains("Figures as released on"), text);
		assertFalse(text.contains("1 new peer"), "the cohort names no counts of late raters");
	}

	@Test
	void theDevelopmentPlanAndTheProgressReportSayItToo() throws Exception {
		org.fulcrum.demo.DemoCoaching.addTo(demo.engagement);
		org.fulcrum.model.DevelopmentPlan plan = demo.engagement.getPlans().stream().filter(p -> p.getBasedOn() != null).findFirst()
				.orElseThrow();
		Assessment based = plan.getBasedOn();
		ReleaseLedger ledger = ReleaseLedger.plan(demo.engagement, List.of(based));
		ParticipantResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement).of(based).orElseThrow();
		ledger.record(demo.engagement, IndividualReport.of(demo.engagement, result, InstrumentCatalog.installed(), DemoFixture.DATE),
				Set.of(ReportFormat.PDF), new Date());
		demo.addRater(based, RelationshipGroup.PEER);
		var scored = new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement);
		var sheet = org.fulcrum.coaching.PlanSheets.of(demo.engagement, plan, scored.of(based).orElseThrow(), DemoFixture.DATE);
		String planText = Rendered.of(new org.fulcrum.report.PlanReport(demo.engagement, sheet, DemoFixture.DATE), ReportFormat.PDF).pdfText()
				.replaceAll("\\s+", " ");
		assertTrue(planText.contains("Figures as released on"), planText);
		var progress = org.fulcrum.coaching.Progress.cohort(demo.engagement, scored, DemoFixture.DATE);
		String progressText = Rendered.of(new org.fulcrum.report.ProgressReport(demo.engagement, progress, DemoFixture.DATE), ReportFormat.PDF)
				.pdfText().replaceAll("\\s+", " ");
		assertTrue(progressText.contains("Re-issued figures.") && progressText.contains("Figures as released on"), progressText);
	}

	private String cohortText() throws Exception {
		org.fulcrum.assessment.scoring.EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement);
		return Rendered.of(new org.fulcrum.report.CohortReport(demo.engagement, result, DemoFixture.DATE), ReportFormat.PDF).pdfText();
	}

	@Test
	void onceAsManyAsTheMinimumHaveJoinedTheyAllCount() throws Exception {
		ParticipantResult first = release();
		for (int i = 0; i < 3; i++) {
			demo.addRater(assessment, RelationshipGroup.PEER);
		}
		assertEquals(Set.of(), ReleaseLedger.plan(demo.engagement, List.of(assessment)).decision(assessment).heldBack());
		ParticipantResult second = release();
		assertEquals(peers(first).n() + 3, peers(second).n());
		assertEquals(others(first).n() + 3, others(second).n());
	}

	@Test
	void twoLatePeersWaitForAThird() throws Exception {
		release();
		demo.addRater(assessment, RelationshipGroup.PEER);
		demo.addRater(assessment, RelationshipGroup.PEER);
		assertEquals(2, ReleaseLedger.plan(demo.engagement, List.of(assessment)).decision(assessment).heldBack().size());
		demo.addRater(assessment, RelationshipGroup.PEER);
		assertEquals(0, ReleaseLedger.plan(demo.engagement, List.of(assessment)).decision(assessment).heldBack().size());
	}

	@Test
	void aLateManagerCountsAtOnceBecauseTheManagerIsShownByRoleAnyway() throws Exception {
		release();
		demo.addRater(assessment, RelationshipGroup.MANAGER);
		assertEquals(Set.of(), ReleaseLedger.plan(demo.engagement, List.of(assessment)).decision(assessment).heldBack());
	}

	@Test
	void aReleasedRaterWhoseAnswersAreGoneStopsTheReissue() throws Exception {
		release();
		RaterInvitation peer = assessment.getInvitations().stream()
				.filter(i -> i.getRelationship() == RelationshipGroup.PEER && i.getStatus() == InvitationStatus.COMPLETED)
				.findFirst().orElseThrow();
		peer.setStatus(InvitationStatus.DECLINED);
		var decision = ReleaseLedger.plan(demo.engagement, List.of(assessment)).decision(assessment);
		assertTrue(decision.refusal().isPresent());
		assertTrue(decision.refusal().get().contains("1 peer"), decision.refusal().get());
	}

	@Test
	void aCommentFromOneLateRaterWaitsWithTheRater() throws Exception {
		ParticipantResult first = release();
		demo.addRater(assessment, RelationshipGroup.PARTNER);
		demo.addComment(assessment, RelationshipGroup.PARTNER, "A late and very recognisable remark");
		ParticipantResult second = release();
		assertEquals(first.comments(), second.comments());
		assertFalse(second.comments().stream().anyMatch(c -> c.text().contains("recognisable")));
		for (int i = 0; i < 3; i++) {
			demo.addRater(assessment, RelationshipGroup.PEER);
		}
		ParticipantResult third = release();
		assertNotEquals(first.comments(), third.comments());
		assertTrue(third.comments().stream().anyMatch(c -> c.text().contains("recognisable")));
	}
}

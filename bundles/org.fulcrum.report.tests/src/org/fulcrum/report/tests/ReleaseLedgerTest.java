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
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.ReportRelease;
import org.fulcrum.coaching.PlanSheets;
import org.fulcrum.coaching.Progress;
import org.fulcrum.report.CohortReport;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.PlanReport;
import org.fulcrum.report.ProgressReport;
import org.fulcrum.report.ReleaseLedger;
import org.fulcrum.report.ReportFormat;
import org.junit.jupiter.api.Test;

class ReleaseLedgerTest {

	private final DemoFixture demo = new DemoFixture();
	private final Assessment assessment = demo.assessment(0);

	/** Plans, scores and records one release, as {@code ./fulcrum report} does; returns what it published. */
	private ParticipantResult release() throws Exception {
		return release(assessment);
	}

	private ParticipantResult release(Assessment assessment) throws Exception {
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

	@Test
	void theCohortAndProgressReportsSayThatAReleasedParticipantsFiguresKeepToTheRelease() throws Exception {
		String before = Rendered.of(cohort(), ReportFormat.PDF).pdfText();
		assertFalse(before.contains("as released to them"), "nobody released yet");
		// a development plan, so that the coaching progress report lists the participant
		DevelopmentPlan plan = FulcrumFactory.eINSTANCE.createDevelopmentPlan();
		plan.setId("plan-released");
		plan.setParticipant(assessment.getSubject());
		plan.setBasedOn(assessment);
		plan.setStart(DemoFixture.DATE.minusDays(30));
		demo.engagement.getPlans().add(plan);
		release();
		demo.addRater(assessment, RelationshipGroup.PEER);
		String day = String.format("%tF", demo.engagement.getReleases().get(0).getAt());
		String expected = "Figures of 1 participant are as released to them (the latest release on " + day
				+ "); answers received since then are kept back until the next release.";
		assertTrue(oneLine(Rendered.of(cohort(), ReportFormat.PDF).pdfText()).contains(expected), "the cohort PDF says so");
		assertTrue(Rendered.of(cohort(), ReportFormat.HTML).html().contains(expected), "and its HTML");
		ProgressReport progress = new ProgressReport(demo.engagement,
				Progress.cohort(demo.engagement, new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement), DemoFixture.DATE),
				DemoFixture.DATE);
		assertTrue(oneLine(Rendered.of(progress, ReportFormat.PDF).pdfText()).contains(expected), "the coaching progress PDF too");
		ParticipantResult scored = new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement).of(assessment).orElseThrow();
		PlanReport planReport = new PlanReport(demo.engagement, PlanSheets.of(demo.engagement, plan, scored, DemoFixture.DATE),
				DemoFixture.DATE);
		String own = "Figures as released on " + day + "; answers received since then are kept back";
		assertTrue(oneLine(Rendered.of(planReport, ReportFormat.PDF).pdfText()).contains(own), "and the development-plan PDF");
	}

	private CohortReport cohort() {
		return new CohortReport(demo.engagement, new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement), DemoFixture.DATE);
	}

	/** The PDF's text with its line breaks as spaces. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}
}

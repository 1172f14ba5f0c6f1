package org.fulcrum.assessment.tests;

import static org.fulcrum.assessment.scoring.RaterGroup.PEER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Releases;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.ReportRelease;
import org.junit.jupiter.api.Test;

/**
 * The issue's ways of reading a small group out of what Fulcrum published, as fixed cases
 * (issue 10; the CSV case is the core CSV writer's). Each checks the rule and then lets the
 * attacker of {@link AttackerTest} try every published figure.
 */
class ConfidentialityRegressionTest {

	private final ScoringEngine engine = new ScoringEngine(ScoringSettings.DEFAULT);

	/**
	 * Across levels: peers 2, direct reports 3, and 4 partners who each left both items of a trait
	 * blank. Decided per figure, the partners were withheld on that trait but shown on its items,
	 * and all others minus the rest gave the peers away.
	 */
	@Test
	void aGroupIsShownOrWithheldForTheParticipantAsAWholeAndNothingGivesItAway() {
		MiniEngagement mini = new MiniEngagement();
		mini.rater(RelationshipGroup.SELF, 4, 4, 4, 4, 4, 4);
		mini.rater(RelationshipGroup.MANAGER, 4, 3, 4, 4, 4, 4);
		mini.rater(RelationshipGroup.PEER, 1, 2, 1, 2, 1, 2);
		mini.rater(RelationshipGroup.PEER, 2, 1, 2, 1, 2, 1);
		mini.rater(RelationshipGroup.DIRECT_REPORT, 4, 4, 3, 4, 4, 3);
		mini.rater(RelationshipGroup.DIRECT_REPORT, 3, 4, 4, 3, 4, 4);
		mini.rater(RelationshipGroup.DIRECT_REPORT, 4, 3, 4, 4, 3, 4);
		for (int p = 0; p < 4; p++) {
			mini.rater(RelationshipGroup.PARTNER, 5, 4, -1, -1, 4, 5);
		}
		ParticipantResult result = score(mini);
		assertFalse(result.raters().containsKey(PEER));
		for (var dimension : result.dimensions()) {
			assertFalse(dimension.figures().shown().containsKey(PEER), dimension.dimension().getId());
			assertGroupsOf(result, dimension.figures());
		}
		for (var item : result.items()) {
			assertFalse(item.figures().shown().containsKey(PEER), item.item().getId());
			assertGroupsOf(result, item.figures());
		}
		assertEquals(Optional.empty(), attack(mini, List.of(result)));
	}

	/** The same from {@code score} when direct reports answer "not observed" on different items. */
	@Test
	void notObservedOnDifferentItemsGivesNobodyAway() {
		MiniEngagement mini = new MiniEngagement();
		mini.rater(RelationshipGroup.MANAGER, 4, 3, 4, 4, 4, 4);
		mini.rater(RelationshipGroup.PEER, 1, 2, 1, 2, 1, 2);
		mini.rater(RelationshipGroup.PEER, 2, 1, 2, 1, 2, 1);
		mini.rater(RelationshipGroup.DIRECT_REPORT, 0, 4, 3, 4, 4, 3);
		mini.rater(RelationshipGroup.DIRECT_REPORT, 3, 0, 4, 0, 4, 4);
		mini.rater(RelationshipGroup.DIRECT_REPORT, 4, 3, 0, 4, 3, 0);
		for (int p = 0; p < 3; p++) {
			mini.rater(RelationshipGroup.PARTNER, 5, 4, 3, 0, 4, 5);
		}
		assertEquals(Optional.empty(), attack(mini, List.of(score(mini))));
	}

	/**
	 * Re-issue around the ledger: after a late third peer, everything the engagement publishes
	 * (not only the individual report) keeps the released figures and says so; the late peer's
	 * comment never prints; nothing isolates the late peer.
	 */
	@Test
	void aReIssueKeepsTheReleasedFiguresEverywhereAndHeldBackCommentsNeverPrint() {
		MiniEngagement mini = new MiniEngagement();
		mini.engagement.getConfidentiality().setMinimumCommenters(3);
		mini.rater(RelationshipGroup.SELF, 4, 4, 4, 4, 4, 4);
		mini.rater(RelationshipGroup.MANAGER, 4, 3, 4, 4, 4, 4);
		for (int p = 0; p < 3; p++) {
			mini.rater(RelationshipGroup.PEER, 2 + p, 3, 3, 4, 2, 3);
		}
		for (int d = 0; d < 3; d++) {
			mini.rater(RelationshipGroup.DIRECT_REPORT, 4, 4 - d, 3, 4, 4, 3);
		}
		comment(mini, "Clear about goals");
		ParticipantResult first = score(mini);
		List<RaterInvitation> firstRaters = completed(mini);
		release(mini, first);

		RaterInvitation late = mini.rater(RelationshipGroup.PEER, 1, 1, 1, 1, 1, 1);
		comment(mini, "Late and candid");
		EngagementResult second = engine.score(mini.engagement);
		ParticipantResult reissued = second.of(mini.assessment).orElseThrow();
		assertEquals(Set.of(late), second.release(mini.assessment).heldBack());
		assertTrue(second.release(mini.assessment).statement().orElseThrow().startsWith("Figures as released on"));
		Figure before = first.dimension("P").orElseThrow().figures().shown().get(RaterGroup.ALL_OTHERS);
		Figure after = reissued.dimension("P").orElseThrow().figures().shown().get(RaterGroup.ALL_OTHERS);
		assertEquals(before, after, "all others keeps the released figure");
		assertEquals(first.raters(), reissued.raters());
		assertTrue(reissued.comments().stream().noneMatch(c -> c.text().contains("Late")), reissued.comments().toString());
		assertEquals(Optional.empty(), attack(mini, List.of(first, reissued), List.of(firstRaters, firstRaters)));

		// two more peers: the group has gained the minimum, all three count, still nobody isolated
		mini.rater(RelationshipGroup.PEER, 2, 2, 2, 2, 2, 2);
		mini.rater(RelationshipGroup.PEER, 3, 0, 3, 3, 3, 3);
		ParticipantResult third = engine.score(mini.engagement).of(mini.assessment).orElseThrow();
		assertEquals(6, third.raters().get(PEER));
		assertEquals(Optional.empty(), attack(mini, List.of(first, third), List.of(firstRaters, completed(mini))));
	}

	/** Small groups in full: with n = 3, mean, min and max gave every answer (the third is 3·mean − min − max). */
	@Test
	void aSmallGroupShowsNoRangeAndNoSpread() {
		MiniEngagement mini = new MiniEngagement();
		mini.rater(RelationshipGroup.MANAGER, 4, 3, 4, 4, 4, 4);
		mini.rater(RelationshipGroup.PEER, 1, 2, 3, 4, 5, 1);
		mini.rater(RelationshipGroup.PEER, 2, 3, 4, 5, 1, 2);
		mini.rater(RelationshipGroup.PEER, 5, 5, 5, 5, 5, 5);
		ParticipantResult result = score(mini);
		for (var item : result.items()) {
			Figure peers = item.figures().shown().get(PEER);
			assertTrue(peers != null && Double.isNaN(peers.min()) && Double.isNaN(peers.max()) && Double.isNaN(peers.sd()),
					item.item().getId() + ": " + peers);
		}
		for (var dimension : result.dimensions()) {
			Figure peers = dimension.figures().shown().get(PEER);
			assertTrue(Double.isNaN(peers.min()) && Double.isNaN(peers.max()) && Double.isNaN(peers.sd()), peers.toString());
			Figure manager = dimension.figures().shown().get(RaterGroup.MANAGER);
			assertFalse(Double.isNaN(manager.min()), "the exempt manager keeps the range");
		}
		assertEquals(Optional.empty(), attack(mini, List.of(result)));
	}

	private ParticipantResult score(MiniEngagement mini) {
		return engine.score(mini.engagement).of(mini.assessment).orElseThrow();
	}

	private static void assertGroupsOf(ParticipantResult result, Figures figures) {
		assertTrue(result.raters().keySet().containsAll(figures.shown().keySet()), "a group shown on one level is shown for the participant");
	}

	private static Optional<String> attack(MiniEngagement mini, List<ParticipantResult> results) {
		return attack(mini, results, List.of(completed(mini)));
	}

	private static Optional<String> attack(MiniEngagement mini, List<ParticipantResult> results, List<List<RaterInvitation>> counted) {
		return AttackerTest.recovered(mini.engagement, mini.assessment, results, counted);
	}

	private static List<RaterInvitation> completed(MiniEngagement mini) {
		return mini.assessment.getInvitations().stream().filter(i -> i.getStatus() == InvitationStatus.COMPLETED).toList();
	}

	private static void comment(MiniEngagement mini, String text) {
		var comment = MiniEngagement.MODEL.createComment();
		comment.setGroup(RelationshipGroup.PEER);
		comment.setText(text);
		mini.assessment.getComments().add(comment);
	}

	/** Records a release as the report's ledger does: the submissions, the groups shown, the comments printed. */
	private static void release(MiniEngagement mini, ParticipantResult result) {
		ReportRelease release = MiniEngagement.MODEL.createReportRelease();
		release.setAt(new Date(1_760_000_000_000L));
		release.setAssessment(mini.assessment);
		release.getSubmissions().addAll(completed(mini));
		result.raters().forEach((group, n) -> {
			var count = MiniEngagement.MODEL.createReleasedCount();
			count.setGroup(group.name());
			count.setRaters(n);
			release.getCounts().add(count);
		});
		result.comments().forEach(c -> release.getCommentDigests().add(Releases.digest(c)));
		mini.engagement.getReleases().add(release);
	}
}

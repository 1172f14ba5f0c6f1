package org.fulcrum.assessment.tests;

import static org.fulcrum.assessment.scoring.RaterGroup.ALL_OTHERS;
import static org.fulcrum.assessment.scoring.RaterGroup.MANAGER;
import static org.fulcrum.assessment.scoring.RaterGroup.PEER;
import static org.fulcrum.assessment.scoring.RaterGroup.SELF;
import static org.fulcrum.model.RelationshipGroup.DIRECT_REPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Reliability;
import org.fulcrum.assessment.scoring.ResponseRate;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exact values against a fixture computed by hand. Answers in the order B.1 B.2 T1.1 T1.2 T2.1
 * T2.2 (T2.2 reverse-keyed: 1↔5, 2↔4); 0 = not observed.
 */
class ScoringEngineTest {

	private static final double EPSILON = 1e-9;
	private static final double NaN = Double.NaN;

	private MiniEngagement mini;
	private RaterInvitation thirdPeer;

	@BeforeEach
	void answers() {
		mini = new MiniEngagement();
		mini.rater(RelationshipGroup.SELF, 5, 5, 4, 4, 3, 3);
		mini.rater(RelationshipGroup.MANAGER, 3, 3, 2, 4, 4, 2);
		mini.rater(RelationshipGroup.PEER, 4, 4, 3, 3, 5, 1);
		mini.rater(RelationshipGroup.PEER, 2, 2, 3, 5, 4, 2);
		thirdPeer = mini.rater(RelationshipGroup.PEER, 3, 0, 4, 4, 3, 3);
	}

	private ParticipantResult score(ScoringSettings settings) {
		return new ScoringEngine(settings).score(mini.engagement).participants().get(0);
	}

	private ParticipantResult score() {
		return score(ScoringSettings.DEFAULT);
	}

	@Test
	void itemFiguresByGroup() {
		Figures t11 = score().item("T1.1").orElseThrow().figures();
		assertFigure(t11.shown().get(PEER), 3, 10.0 / 3, NaN, NaN, NaN, 0);
		assertFigure(t11.shown().get(ALL_OTHERS), 4, 3.0, NaN, NaN, NaN, 0);
		assertFigure(t11.shown().get(MANAGER), 1, 2.0, 0, 2, 2, 0);
		assertFigure(t11.shown().get(SELF), 1, 4.0, 0, 4, 4, 0);
	}

	/**
	 * The first case in small: the peer who did not observe B.2 scores B on B.1 alone, so
	 * with the peers' B (n 3), B.1 (n 3) and B.2 (n 2) their B.1 answer would follow
	 * (2 · 3 · B − 3 · B.1 − 2 · B.2). The audit withholds the peers' items of B, and all others'
	 * with them; B itself stays.
	 */
	@Test
	void theAuditWithholdsItemsThatWouldGiveAwayARaterWithAnotherPattern() {
		ParticipantResult result = score();
		for (String item : List.of("B.1", "B.2")) {
			Figures figures = result.item(item).orElseThrow().figures();
			assertFalse(figures.shown().containsKey(PEER), item);
			assertFalse(figures.shown().containsKey(ALL_OTHERS), item);
			assertTrue(figures.shown().containsKey(MANAGER), item);
		}
		assertTrue(dimension(result, "B").shown().containsKey(PEER));
		assertTrue(result.item("T1.1").orElseThrow().figures().shown().containsKey(PEER), "the pillar's items, all answered, stay");
	}

	/**
	 * The audit withholds one item at a time: three peers answer B.1 and B.2, a fourth only B.1
	 * (not observed on B.2). Their B (n 4), B.1 (n 4) and B.2 (n 3) would give the fourth's B.1
	 * (2 · 4 · B − 3 · B.1 ... as above); withholding B.1 is enough, so B.2 stays, for the peers and
	 * all others, and the attacker finds nothing.
	 */
	@Test
	void theAuditWithholdsOnlyTheItemsAGivenAwayRaterNeeds() {
		MiniEngagement four = new MiniEngagement();
		four.rater(RelationshipGroup.SELF, 5, 5, 4, 4, 3, 3);
		four.rater(RelationshipGroup.MANAGER, 3, 3, 2, 4, 4, 2);
		four.rater(RelationshipGroup.PEER, 4, 4, 3, 3, 5, 1);
		four.rater(RelationshipGroup.PEER, 2, 2, 3, 5, 4, 2);
		four.rater(RelationshipGroup.PEER, 5, 3, 2, 2, 1, 4);
		four.rater(RelationshipGroup.PEER, 3, 0, 4, 4, 3, 3);
		ParticipantResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(four.engagement).participants().get(0);
		Figures b1 = result.item("B.1").orElseThrow().figures();
		assertFalse(b1.shown().containsKey(PEER));
		assertFalse(b1.shown().containsKey(ALL_OTHERS));
		Figures b2 = result.item("B.2").orElseThrow().figures();
		assertFigure(b2.shown().get(PEER), 3, 3.0, NaN, NaN, NaN, 1);
		assertFigure(b2.shown().get(ALL_OTHERS), 4, 3.0, NaN, NaN, NaN, 1);
		assertTrue(dimension(result, "B").shown().containsKey(PEER));
		assertEquals(java.util.Optional.empty(), AttackerTest.recovered(four.engagement, four.assessment, List.of(result),
				List.of(List.copyOf(four.assessment.getInvitations()))));
	}

	/** Min and max only for exempt groups; the standard deviation of a protected group only on a dimension and from six raters. */
	@Test
	void rangesAndSpreadOnlyWhereTheyCannotGiveAGroupAway() {
		ParticipantResult result = score();
		Figure peers = dimension(result, "T1").shown().get(PEER);
		assertTrue(Double.isNaN(peers.min()) && Double.isNaN(peers.max()) && Double.isNaN(peers.sd()), peers.toString());
		Figure manager = dimension(result, "T1").shown().get(MANAGER);
		assertEquals(3.0, manager.min(), EPSILON);
		for (int i = 0; i < 3; i++) {
			mini.rater(RelationshipGroup.PEER, 3, 3, 4, 4, 3, 3);
		}
		Figure six = dimension(score(), "T1").shown().get(PEER);
		assertEquals(6, six.n());
		assertFalse(Double.isNaN(six.sd()), "six peers: the spread of their trait scores is published");
		assertTrue(Double.isNaN(six.min()), "never their lowest and highest");
		assertTrue(Double.isNaN(score().item("T1.1").orElseThrow().figures().shown().get(PEER).sd()), "never on an item");
	}

	@Test
	void notObservedIsLeftOutOfTheMeanCountedApartAndCanWithholdAGroup() {
		Figures b2 = score().item("B.2").orElseThrow().figures();
		// peers: 4, 2 and one "not observed": two answers are below the threshold
		assertEquals(Set.of(PEER, ALL_OTHERS), b2.withheld());
		// all others would be the manager's 3 plus those two peers: subtracting the manager gives them away
		assertEquals(Set.of(SELF, MANAGER), b2.shown().keySet());
	}

	@Test
	void reverseKeyedItemsAreMirrored() {
		Figures t22 = score().item("T2.2").orElseThrow().figures();
		// peers answered 1, 2, 3: scored 5, 4, 3
		assertFigure(t22.shown().get(PEER), 3, 4.0, NaN, NaN, NaN, 0);
	}

	@Test
	void traitsAreMeansOfTheirItemsAndARaterNeedsHalfOfThem() {
		ParticipantResult result = score();
		// peer 3 answered one of B's two items: 50% counts
		assertFigure(dimension(result, "B").shown().get(PEER), 3, 3.0, NaN, NaN, NaN, 0);
		assertFigure(dimension(result, "T1").shown().get(ALL_OTHERS), 4, 3.5, NaN, NaN, NaN, 0);
		assertFigure(dimension(result, "T2").shown().get(ALL_OTHERS), 4, 4.0, NaN, NaN, NaN, 0);
	}

	@Test
	void aStricterShareLeavesThePartialRaterOut() {
		ParticipantResult result = score(new ScoringSettings(0.75, 1, 1, 5));
		Figures base = dimension(result, "B");
		// peer 3 answered 50% of B: two peers remain, and all others would give them away
		assertEquals(Set.of(PEER, ALL_OTHERS), base.withheld(), base.toString());
		assertEquals(Set.of(SELF, MANAGER), base.shown().keySet(), base.toString());
	}

	@Test
	void pillarsRollUpFromTheirTraitsWithEqualWeight() {
		Figures pillar = dimension(score(), "P");
		// per rater (T1 + T2) / 2: manager 3.5, peers 4, 4, 3.5
		assertFigure(pillar.shown().get(PEER), 3, 23.0 / 6, NaN, NaN, NaN, 0);
		assertFigure(pillar.shown().get(ALL_OTHERS), 4, 3.75, NaN, NaN, NaN, 0);
		assertEquals(3.5, pillar.shown().get(SELF).mean(), EPSILON);
	}

	@Test
	void gapsBlindSpotsAndHiddenStrengths() {
		ParticipantResult result = score();
		assertEquals(2.0, dimension(result, "B").selfMinusOthers().orElseThrow(), EPSILON);
		assertEquals(List.of("B"), result.blindSpots().stream().map(d -> d.dimension().getId()).toList());
		assertEquals(List.of("T2"), result.hiddenStrengths().stream().map(d -> d.dimension().getId()).toList());
		ParticipantResult lenient = score(new ScoringSettings(0.5, 2.5, 1.5, 5));
		assertEquals(List.of(), lenient.blindSpots());
		assertEquals(List.of(), lenient.hiddenStrengths());
	}

	@Test
	void topAndBottomBehavioursByOthersLeaveOutWithheldItems() {
		ParticipantResult result = score();
		// B.1 and B.2: all others withheld (see theAuditWithholds…)
		assertEquals(List.of("T1.2", "T2.1", "T2.2", "T1.1"), ids(result.top()));
		assertEquals(List.of("T1.1", "T1.2", "T2.1", "T2.2"), ids(result.bottom()));
		assertEquals(List.of("T1.2", "T2.1"), ids(score(new ScoringSettings(0.5, 1, 1, 2)).top()));
	}

	@Test
	void agreementIsRwgAgainstAUniformFivePointScale() {
		assertTrue(score().dimension("T1").orElseThrow().agreement().isEmpty(), "four others: their spread is not published");
		for (int i = 0; i < 3; i++) {
			mini.rater(RelationshipGroup.PEER, 3, 3, 4, 4, 3, 3);
		}
		DimensionResult t1 = score().dimension("T1").orElseThrow();
		// variance of 3, 3, 4, 4, 4, 4, 4 is 5/21; a uniform 5-point answer has variance 2
		assertEquals(1 - (5.0 / 21) / 2, t1.agreement().orElseThrow(), EPSILON);
	}

	@Test
	void aGroupThatDropsBelowTheThresholdDisappears() {
		mini.assessment.getInvitations().remove(thirdPeer);
		Figures b1 = score().item("B.1").orElseThrow().figures();
		assertFalse(b1.shown().containsKey(PEER));
		assertFalse(b1.shown().containsKey(ALL_OTHERS), "manager + two peers: all others would give the peers away");
		assertTrue(b1.shown().containsKey(MANAGER));
	}

	@Test
	void aPolicyOfFourWithholdsThreePeersAndTheAllOthersThatWouldGiveThemAway() {
		mini.engagement.getConfidentiality().setMinimumRaters(4);
		Figures b1 = score().item("B.1").orElseThrow().figures();
		assertEquals(Set.of(SELF, MANAGER), b1.shown().keySet());
		assertEquals(Set.of(PEER, ALL_OTHERS), b1.withheld());
	}

	@Test
	void commentsArePublishedWithoutGroupInANeutralOrderAndOnlyFromEnoughRaters() {
		comment(RelationshipGroup.PEER, "T1", "Zealous about partner goals");
		comment(RelationshipGroup.MANAGER, "B", "Always honest with me");
		comment(RelationshipGroup.SELF, "B", "I think I am honest");
		comment(RelationshipGroup.PEER, null, "A pleasure to work with");
		List<String> published = score().comments().stream()
				.map(c -> (c.dimension() == null ? "-" : c.dimension().getId()) + ": " + c.text()).toList();
		assertEquals(List.of("-: A pleasure to work with", "B: Always honest with me", "T1: Zealous about partner goals"), published,
				"sorted by dimension and text; self's comment is not anonymous and is left out");

		mini.engagement.getConfidentiality().setMinimumCommenters(5);
		assertEquals(List.of(), score().comments(), "four raters besides self: below a comment threshold of 5");
	}

	private void comment(RelationshipGroup group, String dimension, String text) {
		var comment = MiniEngagement.MODEL.createComment();
		comment.setGroup(group);
		comment.setText(text);
		if (dimension != null) {
			comment.setDimension(org.fulcrum.model.query.Instruments.dimension(mini.instrument, dimension).orElseThrow());
		}
		mini.assessment.getComments().add(comment);
	}

	@Test
	void cronbachsAlphaOverNonSelfSubmissionsWithCompleteItems() {
		MiniEngagement data = new MiniEngagement();
		data.rater(RelationshipGroup.SELF, 5, 5, 5, 1, 5, 5);
		data.rater(RelationshipGroup.PEER, 3, 3, 1, 2, 3, 3);
		data.rater(RelationshipGroup.PEER, 3, 3, 2, 3, 3, 3);
		data.rater(RelationshipGroup.PEER, 3, 3, 3, 3, 3, 3);
		data.rater(DIRECT_REPORT, 3, 3, 4, 5, 3, 3);
		data.rater(DIRECT_REPORT, 3, 3, 0, 5, 3, 3);
		EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(data.engagement);
		Reliability t1 = reliability(result, "T1");
		assertEquals(4, t1.cases(), "self and the submission with 'not observed' are left out");
		// items 1,2,3,4 and 2,3,3,5: variances 5/3 and 19/12; sums 3,5,6,9: variance 25/4
		assertEquals(2 * (1 - (5.0 / 3 + 19.0 / 12) / (25.0 / 4)), t1.alpha().orElseThrow(), EPSILON);
		assertTrue(reliability(result, "B").alpha().isEmpty(), "no variance, no alpha");
	}

	@Test
	void responseRatesCountSentInvitations() {
		mini.rater(RelationshipGroup.PEER).setStatus(InvitationStatus.INVITED);
		mini.rater(RelationshipGroup.PEER).setStatus(InvitationStatus.DECLINED);
		mini.rater(RelationshipGroup.PARTNER).setStatus(InvitationStatus.NOMINATED);
		List<ResponseRate> rates = new ScoringEngine(ScoringSettings.DEFAULT).score(mini.engagement).responseRates();
		ResponseRate peers = rates.stream().filter(r -> r.group() == PEER).findFirst().orElseThrow();
		assertEquals(5, peers.sent());
		assertEquals(3, peers.completed());
		assertEquals(0.6, peers.rate(), EPSILON);
		assertTrue(rates.stream().noneMatch(r -> r.group() == RaterGroup.PARTNER), "nominated is not sent yet");
	}

	private static Figures dimension(ParticipantResult result, String id) {
		return result.dimension(id).orElseThrow().figures();
	}

	private static Reliability reliability(EngagementResult result, String id) {
		return result.reliability().stream().filter(r -> id.equals(r.dimension().getId())).findFirst().orElseThrow();
	}

	private static List<String> ids(List<ItemResult> items) {
		return items.stream().map(i -> i.item().getId()).toList();
	}

	private static void assertFigure(Figure figure, int n, double mean, double sd, double min, double max, int notObserved) {
		assertEquals(n, figure.n(), "n of " + figure);
		assertEquals(mean, figure.mean(), EPSILON, "mean of " + figure);
		// NaN where the policy does not publish it
		assertEquals(sd, figure.sd(), EPSILON, "sd of " + figure);
		assertEquals(min, figure.min(), EPSILON, "min of " + figure);
		assertEquals(max, figure.max(), EPSILON, "max of " + figure);
		assertEquals(notObserved, figure.notObserved(), "not observed of " + figure);
	}
}

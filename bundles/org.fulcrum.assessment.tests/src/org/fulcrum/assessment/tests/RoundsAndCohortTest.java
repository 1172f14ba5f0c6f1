package org.fulcrum.assessment.tests;

import static org.fulcrum.assessment.scoring.RaterGroup.ALL_OTHERS;
import static org.fulcrum.assessment.scoring.RaterGroup.PEER;
import static org.fulcrum.assessment.scoring.RaterGroup.SELF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.assessment.scoring.Standing;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.Test;

/** Pre/post change only where the method is the same; percentile standing in the cohort. */
class RoundsAndCohortTest {

	private static final double EPSILON = 1e-9;

	private final MiniEngagement mini = new MiniEngagement();

	private void baseline(int peerBase) {
		mini.rater(RelationshipGroup.SELF, 4, 4, 4, 4, 4, 4);
		for (int i = 0; i < 3; i++) {
			mini.rater(RelationshipGroup.PEER, peerBase, peerBase, 3, 3, 3, 3);
		}
	}

	private EngagementResult score() {
		return new ScoringEngine(ScoringSettings.DEFAULT).score(mini.engagement);
	}

	@Test
	void aFollowUpWithTheSameInstrumentShowsTheChangeAndTheRaterMix() {
		baseline(2);
		mini.next("pm", "follow-up", mini.instrument);
		mini.rater(RelationshipGroup.SELF, 3, 3, 4, 4, 4, 4);
		for (int i = 0; i < 4; i++) {
			mini.rater(RelationshipGroup.PEER, 4, 4, 3, 3, 3, 3);
		}
		ParticipantResult followUp = score().participants().get(1);
		RoundComparison comparison = followUp.previousRound().orElseThrow();
		assertTrue(comparison.comparable());
		assertEquals(mini.assessment, comparison.previous());
		var base = comparison.changes().stream().filter(c -> c.dimension().getId().equals("B")).findFirst().orElseThrow();
		assertEquals(2.0, base.others().getAsDouble(), EPSILON, "peers went from 2 to 4");
		assertEquals(-1.0, base.self().getAsDouble(), EPSILON, "self went from 4 to 3");
		assertEquals(Map.of(SELF, 1, PEER, 3, ALL_OTHERS, 3), comparison.ratersBefore());
		assertEquals(Map.of(SELF, 1, PEER, 4, ALL_OTHERS, 4), comparison.ratersNow());
		assertTrue(score().participants().get(0).previousRound().isEmpty(), "a baseline has no previous round");
	}

	@Test
	void aChangedInstrumentVersionIsFlaggedNotCompared() {
		baseline(2);
		Instrument revised = EcoreUtil.copy(mini.instrument);
		revised.setVersion("2.0");
		mini.engagement.getInstruments().add(revised);
		mini.next("pm", "follow-up", revised);
		mini.rater(RelationshipGroup.SELF, 3, 3, 4, 4, 4, 4);
		RoundComparison comparison = score().participants().get(1).previousRound().orElseThrow();
		assertFalse(comparison.comparable());
		assertTrue(comparison.note().contains("version changed from null to 2.0"), comparison.note());
		assertTrue(comparison.changes().isEmpty());
	}

	@Test
	void percentileRanksAmongTheCohortOfTheSameRound() {
		baseline(2);
		mini.next("pm-b", "baseline", mini.instrument);
		baseline(3);
		mini.next("pm-c", "baseline", mini.instrument);
		baseline(3);
		EngagementResult result = score();
		assertEquals(100.0 * 0.5 / 3, standing(result.participants().get(0), "B").percentile(), EPSILON);
		assertEquals(100.0 * (1 + 1) / 3, standing(result.participants().get(1), "B").percentile(), EPSILON);
		assertEquals(3, standing(result.participants().get(2), "B").cohort());
		assertEquals(50.0, standing(result.participants().get(2), "T1").percentile(), EPSILON, "all equal");
		assertTrue(result.participants().get(0).dimension("B").orElseThrow().figures().of(ALL_OTHERS).isPresent());
	}

	private static Standing standing(ParticipantResult result, String id) {
		return result.standings().stream().filter(s -> s.dimension().getId().equals(id)).findFirst().orElseThrow();
	}
}

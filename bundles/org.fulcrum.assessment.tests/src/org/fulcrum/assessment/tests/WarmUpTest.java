package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fulcrum.assessment.internal.scoring.WarmUp;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.Test;

/**
 * The scoring code's warm-up (docs/performance.md) runs on a thread of its own, ends as soon as a
 * real scoring starts, and changes no figure of it.
 */
class WarmUpTest {

	@Test
	void theWarmUpEndsWhenARealScoringStartsAndChangesNothing() throws Exception {
		MiniEngagement mini = new MiniEngagement();
		mini.rater(RelationshipGroup.SELF, 4, 4, 3, 3, 2, 2);
		for (int r = 0; r < 4; r++) {
			mini.rater(RelationshipGroup.PEER, 1 + r, 0, 2, 3, r == 0 ? -1 : 4, 5);
		}
		ParticipantResult before = new ScoringEngine(ScoringSettings.DEFAULT).score(mini.engagement).of(mini.assessment).orElseThrow();
		// this test is the only caller in its JVM: the warm-up starts here, once
		ScoringEngine.warmUp();
		Thread warming = WarmUp.thread();
		assertNotNull(warming, "a warm-up on a machine with " + Runtime.getRuntime().availableProcessors() + " cores");
		ScoringEngine.warmUp();
		assertEquals(warming, WarmUp.thread(), "one warm-up per JVM");
		int roundsBefore = WarmUp.roundsDone();
		ParticipantResult during = new ScoringEngine(ScoringSettings.DEFAULT).score(mini.engagement).of(mini.assessment).orElseThrow();
		warming.join(60_000);
		assertFalse(warming.isAlive(), "the warm-up ended");
		// a real scoring stops it at its next participant: the round it is in never ends (one may end just before)
		assertTrue(WarmUp.roundsDone() <= roundsBefore + 1, WarmUp.roundsDone() - roundsBefore + " rounds scored after a real scoring started");
		assertEquals(before.dimensions(), during.dimensions());
		assertEquals(before.items(), during.items());
		assertEquals(before.raters(), during.raters());
	}
}

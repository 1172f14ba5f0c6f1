package org.fulcrum.examples.coachingstance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.InstrumentScore;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.query.Instruments;
import org.junit.jupiter.api.Test;

/** The example plugin works through Fulcrum's extension point alone, as a third party's would. */
class StanceScorerTest {

	private final InstalledInstrument stance = InstrumentCatalog.installed().find("coaching-stance")
			.orElseThrow(() -> new AssertionError(InstrumentCatalog.installed().problems()));

	@Test
	void theInventoryIsInstalledWithItsScorer() {
		assertEquals("Coaching Stance Inventory", stance.name());
		assertEquals("org.fulcrum.examples.coachingstance", stance.contributor());
		assertEquals(16, Instruments.items(stance.definition()).size());
		assertTrue(stance.scorer().isPresent());
		assertEquals(List.of(), InstrumentCatalog.installed().problems());
	}

	@Test
	void theProfileIsWhatOthersSeeAndTheDominantStanceTheHighest() {
		// per stance (PER, VIC, RES, COA): each peer answers all four items with these values
		Engagement engagement = StanceEngagement.of(stance, new int[] { 2, 1, 3, 4 }, new int[] { 2, 2, 3, 5 }, new int[] { 2, 1, 3, 3 });
		InstrumentScore score = score(engagement);
		assertEquals(Map.of("coach", 4.0, "persecutor", 2.0, "victim", 4.0 / 3, "rescuer", 3.0), score.values());
		assertEquals(List.of("coach", "persecutor", "victim", "rescuer"), List.copyOf(score.values().keySet()));
		assertEquals("Dominant stance: coach", score.summary());
	}

	@Test
	void aBullyIsNamedAsSuch() {
		InstrumentScore score = score(StanceEngagement.of(stance, new int[] { 5, 1, 2, 2 }, new int[] { 4, 1, 2, 1 }, new int[] { 5, 2, 2, 2 }));
		assertTrue(score.summary().startsWith("Dominant stance: persecutor"), score.summary());
	}

	@Test
	void withTooFewRatersNoStanceIsShown() {
		InstrumentScore score = score(StanceEngagement.of(stance, new int[] { 5, 1, 2, 2 }, new int[] { 4, 1, 2, 1 }));
		assertEquals(Map.of(), score.values());
		assertEquals("Not enough raters to show a stance profile", score.summary());
	}

	private InstrumentScore score(Engagement engagement) {
		var result = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement).participants().get(0);
		return stance.scorer().orElseThrow().score(result);
	}
}

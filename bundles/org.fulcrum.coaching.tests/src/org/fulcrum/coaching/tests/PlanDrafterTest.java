package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.means;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fulcrum.coaching.FocusChoice;
import org.fulcrum.coaching.PlanDrafter;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PlanStatus;
import org.junit.jupiter.api.Test;

/**
 * The drafting rule picks the documented focus traits: blind spots first, then the lowest traits by
 * others' mean, at most two per pillar, a third only when it is a need.
 */
class PlanDrafterTest {

	private static final double NONE = Double.NaN;

	private final CoachingFixture fixture = new CoachingFixture();
	private final PlanDrafter drafter = new PlanDrafter();

	/** Others' mean over the nine candidates: 32.1 / 9 = 3.567. */
	private final Map<String, double[]> profile = means("INT", 4.0, 4.1, "EMP", 3.2, 4.5, "EMO", 3.0, 3.2, "LOB", 3.9, 3.8,
			"HUM", 3.1, 4.2, "ACC", 3.5, 3.6, "COU", 3.4, 3.3, "SCO", 4.2, 4.0, "FOW", 3.8, 3.7);

	private List<String> chosen(Map<String, double[]> means, String... blindSpots) {
		return drafter.choose(fixture.result(means, blindSpots)).stream().map(c -> c.trait().getId()).toList();
	}

	@Test
	void blindSpotsComeFirstLargestGapFirstThenTheOtherPillarsLowestTrait() {
		// EMP (gap 1.3) and HUM (1.1) fill Respect's two places; EMO (3.0) is skipped for it; COU (3.4 < 3.567) balances
		assertEquals(List.of("EMP", "HUM", "COU"), chosen(profile, "HUM", "EMP"));
		List<FocusChoice> choices = drafter.choose(fixture.result(profile, "HUM", "EMP"));
		assertEquals(FocusChoice.Reason.BLIND_SPOT, choices.get(0).reason());
		assertEquals("Blind spot: you rate yourself 4.50, others 3.20 (1.30 points higher).", choices.get(0).rationale());
		assertEquals(FocusChoice.Reason.LOW_BY_OTHERS, choices.get(2).reason());
		assertEquals("Among your lowest traits as others see them: 3.40, below your mean of 3.57 over all traits.",
				choices.get(2).rationale());
	}

	@Test
	void withoutBlindSpotsTheLowestTraitsByOthersAreTakenTwoPerPillarAtMost() {
		assertEquals(List.of("EMO", "HUM", "COU"), chosen(profile));
	}

	@Test
	void aThirdTraitThatIsNoNeedIsLeftOut() {
		Map<String, double[]> mostlyStrong = means("EMO", 3.0, 3.0, "ACC", 3.1, 3.0); // the rest 4.0: mean 3.79
		assertEquals(List.of("EMO", "ACC"), chosen(mostlyStrong));
	}

	@Test
	void theBaseCanBeAFocusAndBelongsToNoPillar() {
		Map<String, double[]> weakBase = means("INT", 2.9, 4.2, "EMO", 3.0, 3.0, "EMP", 3.1, 3.0, "HUM", 3.2, 3.1);
		assertEquals(List.of("INT", "EMO", "EMP"), chosen(weakBase, "INT"));
	}

	@Test
	void aTraitWhoseOthersAreWithheldIsNoCandidate() {
		Map<String, double[]> withheld = means("EMO", NONE, 3.0, "HUM", 3.1, 3.0, "COU", 3.2, 3.3);
		assertEquals(List.of("HUM", "COU"), chosen(withheld));
	}

	@Test
	void tiesGoToTheLargerSelfGapThenTheInstrumentsOrder() {
		Map<String, double[]> ties = means("EMO", 3.0, 3.0, "ACC", 3.0, 3.5, "COU", 3.0, 3.0);
		assertEquals(List.of("ACC", "EMO", "COU"), chosen(ties));
	}

	@Test
	void theDraftHoldsTheTraitsItemsAndAGoalLeftForTheCoachee() {
		DevelopmentPlan plan = drafter.draft(fixture.result(profile, "EMP", "HUM"), CoachingFixture.START);
		assertEquals("DP-A-pm-szoke", plan.getId());
		assertEquals(PlanStatus.DRAFT, plan.getStatus());
		assertEquals(fixture.coachee, plan.getParticipant());
		assertEquals(fixture.assessment, plan.getBasedOn());
		assertEquals(3, plan.getFocusAreas().size());
		FocusArea empathy = plan.getFocusAreas().get(0);
		assertEquals(fixture.dimension("EMP").getItems(), empathy.getBehaviours());
		assertEquals(4, empathy.getBehaviours().size());
		Goal goal = empathy.getGoals().get(0);
		assertNull(goal.getStatement());
		assertTrue(goal.getPrompt().startsWith("In your own words: what do you want to do differently in Empathy"), goal.getPrompt());
		assertTrue(empathy.getGoals().get(0).getActions().isEmpty());
	}

	@Test
	void nothingPublishedIsNothingToDraftFrom() {
		Map<String, double[]> nothing = new java.util.HashMap<>();
		fixture.instrument.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.fulcrum.model.Dimension d) {
				nothing.put(d.getId(), new double[] { NONE, 4.0 });
			}
		});
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> drafter.draft(fixture.result(nothing), CoachingFixture.START));
		assertTrue(e.getMessage().contains("nothing to draft a plan from"), e.getMessage());
	}
}

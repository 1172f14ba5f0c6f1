package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.START;
import static org.fulcrum.coaching.tests.CoachingFixture.means;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.DimensionChange;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.ParticipantProgress;
import org.fulcrum.coaching.PlanDrafter;
import org.fulcrum.coaching.PlanSheet;
import org.fulcrum.coaching.PlanSheets;
import org.fulcrum.coaching.Progress;
import org.fulcrum.model.DevelopmentPlan;
import org.junit.jupiter.api.Test;

/** The data the development plan and coaching progress reports read: published figures, goals or prompts, changes between rounds. */
class ReportDataTest {

	private final CoachingFixture fixture = new CoachingFixture();
	private final Map<String, double[]> profile = means("EMP", 3.2, 4.5, "EMO", 3.0, 3.2, "HUM", 3.1, 4.2, "COU", 3.4, 3.3);

	@Test
	void aPlanSheetHoldsThePublishedMeansAndTheGoalOrItsPrompt() {
		ParticipantResult result = fixture.result(profile, "EMP", "HUM");
		DevelopmentPlan plan = new PlanDrafter().draft(result, START);
		fixture.engagement.getPlans().add(plan);
		plan.getFocusAreas().get(1).getGoals().get(0).setStatement("Ask before I tell");

		PlanSheet sheet = PlanSheets.of(fixture.engagement, plan, result, START);

		assertEquals("Ágnes Szőke", sheet.participant());
		assertEquals("draft", sheet.status());
		assertEquals(List.of("EMP", "HUM", "COU"), sheet.focus().stream().map(f -> f.trait().getId()).toList());
		PlanSheet.Focus empathy = sheet.focus().get(0);
		assertEquals("Respect", empathy.pillar());
		assertEquals(3.2, empathy.others().getAsDouble(), 1e-9);
		assertEquals(4.5, empathy.self().getAsDouble(), 1e-9);
		assertEquals(4, empathy.behaviours().size());
		assertTrue(empathy.behaviours().get(0).others().isEmpty(), "no item figures in this result: none invented");
		assertFalse(empathy.goalStated());
		assertTrue(empathy.goal().startsWith("In your own words"), empathy.goal());
		assertTrue(sheet.focus().get(1).goalStated());
		assertEquals("Ask before I tell", sheet.focus().get(1).goal());
		assertEquals("Responsibility", sheet.focus().get(2).pillar());
	}

	@Test
	void progressGivesTheChangeOnEachFocusTraitOnlyWhereRoundsCompare() {
		fixture.planWith(fixture.smartAction()); // focus: Empathy
		ParticipantResult first = fixture.result(profile);
		RoundComparison comparable = new RoundComparison(fixture.assessment, true, "", Map.of(), Map.of(),
				List.of(new DimensionChange(fixture.dimension("EMP"), OptionalDouble.of(0.4), OptionalDouble.of(-0.25)),
						new DimensionChange(fixture.dimension("COU"), OptionalDouble.of(0.1), OptionalDouble.empty())));
		EngagementResult results = new EngagementResult(List.of(first.with(Optional.of(comparable), List.of())), List.of(), List.of());

		ParticipantProgress progress = Progress.participant(fixture.engagement, results, fixture.coachee, START);
		assertEquals("", progress.note());
		assertEquals(1, progress.changes().size());
		assertEquals(0.4, progress.changes().get(0).others().getAsDouble(), 1e-9);
		assertEquals(-0.25, progress.changes().get(0).self().getAsDouble(), 1e-9);
		CohortProgress cohort = Progress.cohort(fixture.engagement, results, START);
		assertEquals(1, cohort.focusTraits().get(0).measured());
		assertEquals(0.4, cohort.focusTraits().get(0).meanOthersChange().getAsDouble(), 1e-9);

		RoundComparison changedMethod = new RoundComparison(fixture.assessment, false, "the instrument's version changed (1.0 to 2.0)",
				Map.of(), Map.of(), List.of());
		EngagementResult other = new EngagementResult(List.of(first.with(Optional.of(changedMethod), List.of())), List.of(), List.of());
		ParticipantProgress notComparable = Progress.participant(fixture.engagement, other, fixture.coachee, START);
		assertEquals(List.of(), notComparable.changes());
		assertEquals("the instrument's version changed (1.0 to 2.0)", notComparable.note());
		assertEquals("no second assessment round yet",
				Progress.participant(fixture.engagement, new EngagementResult(List.of(first), List.of(), List.of()), fixture.coachee, START)
						.note());
	}
}

package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.coaching.SmartCheck;
import org.fulcrum.coaching.SmartFinding;
import org.fulcrum.coaching.SmartFinding.Criterion;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.junit.jupiter.api.Test;

/** Each SMART rule fires on the action it is for, says what to add, and stays quiet on a SMART action. */
class SmartCheckTest {

	private final CoachingFixture fixture = new CoachingFixture();

	private SmartFinding only(Action action) {
		List<SmartFinding> findings = SmartCheck.of(action);
		assertEquals(1, findings.size(), findings.toString());
		assertSame(action, findings.get(0).action());
		return findings.get(0);
	}

	@Test
	void aSmartActionOwnedByTheCoacheeIsQuiet() {
		Action action = fixture.smartAction();
		fixture.planWith(action);
		assertEquals(List.of(), SmartCheck.of(action));
		assertEquals(List.of(), Problems.of(EngagementValidation.validate(fixture.engagement)).stream()
				.filter(p -> p.element() == action).toList());
	}

	@Test
	void anActionWithoutAMeasureIsAnError() {
		Action action = fixture.smartAction();
		action.setMeasure(" ");
		fixture.planWith(action);
		SmartFinding finding = only(action);
		assertEquals(Criterion.MEASURABLE, finding.criterion());
		assertTrue(finding.error());
		assertTrue(finding.message().contains("has no measure. Good intentions are not actions: add how progress will be measured"),
				finding.message());
	}

	@Test
	void anActionWithoutADueDateIsAnError() {
		Action action = fixture.smartAction();
		action.setDueDate(null);
		fixture.planWith(action);
		SmartFinding finding = only(action);
		assertEquals(Criterion.TIME_BOUND, finding.criterion());
		assertTrue(finding.message().endsWith("has no due date. Good intentions are not actions: add when it will be done."));
	}

	@Test
	void anActionDueBeforeThePlanStartsIsAnErrorButOnTheStartIsFine() {
		Action action = fixture.smartAction();
		action.setDueDate(START.minusDays(1));
		fixture.planWith(action);
		SmartFinding finding = only(action);
		assertTrue(finding.error());
		assertTrue(finding.message().contains("is due on 2026-11-01, before the plan starts (2026-11-02)"), finding.message());
		action.setDueDate(START);
		assertEquals(List.of(), SmartCheck.of(action));
	}

	@Test
	void anActionMoreThanSixMonthsAwayIsAWarningButSixMonthsIsAchievable() {
		Action action = fixture.smartAction();
		action.setDueDate(START.plusMonths(6));
		fixture.planWith(action);
		assertEquals(List.of(), SmartCheck.of(action));
		action.setDueDate(START.plusMonths(6).plusDays(1));
		SmartFinding finding = only(action);
		assertEquals(Criterion.ACHIEVABLE, finding.criterion());
		assertFalse(finding.error());
	}

	@Test
	void aGoodIntentionIsAWarningAndNothingToDoAnError() {
		Action action = fixture.smartAction();
		action.setWhat("Be more patient with small partners");
		fixture.planWith(action);
		SmartFinding finding = only(action);
		assertEquals(Criterion.SPECIFIC, finding.criterion());
		assertFalse(finding.error());
		assertTrue(finding.message().contains("reads as a good intention"), finding.message());
		action.setWhat("");
		assertTrue(only(action).error());
	}

	@Test
	void anActionWithoutAnOwnerIsAnError() {
		Action action = fixture.smartAction();
		action.setOwner(null);
		fixture.planWith(action);
		SmartFinding finding = only(action);
		assertEquals(Criterion.OWNER, finding.criterion());
		assertTrue(finding.message().contains("the coachee (Ágnes Szőke) owns their actions"), finding.message());
	}

	@Test
	void theCoachOwningTheCoacheesOutcomeIsAWarningSupportTheCoachOwesIsFine() {
		fixture.sessionWith(null); // makes Maren Holt the program's coach
		Action inPlan = fixture.smartAction();
		inPlan.setOwner(fixture.coach);
		fixture.planWith(inPlan);
		SmartFinding finding = only(inPlan);
		assertFalse(finding.error());
		assertEquals("The action 'Call my two Gold partners every week about their pipeline' is owned by the coach, Maren Holt, "
				+ "though it is Ágnes Szőke's own outcome. Keep problem ownership with Ágnes Szőke; if it is support the coach "
				+ "owes, mark it as support.", finding.message());
		inPlan.setSupport(true);
		assertEquals(List.of(), SmartCheck.of(inPlan));
		Action inSession = fixture.smartAction();
		inSession.setDueDate(START.plusWeeks(3));
		inSession.setOwner(fixture.coach);
		fixture.sessionWith(inSession);
		assertFalse(only(inSession).error());
	}

	@Test
	void aConsultantNamedByTheEngagementCountsAsCoachWithoutAProgram() {
		fixture.engagement.getConsultants().add("Maren Holt");
		Action action = fixture.smartAction();
		action.setOwner(fixture.coach);
		fixture.planWith(action);
		assertEquals(Criterion.OWNER, only(action).criterion());
	}

	@Test
	void aDroppedActionIsNotChecked() {
		Action action = fixture.action("", null, null, null);
		action.setStatus(ActionStatus.DROPPED);
		fixture.planWith(action);
		assertEquals(List.of(), SmartCheck.of(action));
	}

	@Test
	void theRulesReachEngagementValidationThroughTheCoreExtensionPoint() {
		Action action = fixture.action("Listen more", null, null, fixture.coachee);
		fixture.planWith(action);
		List<Problem> problems = Problems.of(EngagementValidation.validate(fixture.engagement)).stream()
				.filter(p -> p.element() == action).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(Problem::isError));
		assertTrue(problems.get(0).location().startsWith("development plan DP-1 / "), problems.get(0).location());
	}
}

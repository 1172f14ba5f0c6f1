package org.fulcrum.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problem.Severity;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.Action;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Goal;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rule fires on the fault it is for, names what a consultant needs, and stays quiet otherwise. */
class EngagementValidationTest {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	private Engagement engagement;
	private Assessment assessment;
	private RaterInvitation peer;

	@BeforeEach
	void validEngagement() {
		// self, manager, then peers, direct reports and partners; 6 items on a 1-5 scale
		engagement = SyntheticEngagement.create(2, 6, 6, 3);
		assessment = engagement.getAssessments().get(0);
		peer = assessment.getInvitations().get(2);
		assertEquals(RelationshipGroup.PEER, peer.getRelationship());
		peer.getRater().setName("Jan Novák");
	}

	@Test
	void aValidEngagementHasNoProblems() {
		assertEquals(Diagnostic.OK, EngagementValidation.validate(engagement).getSeverity(), problems().toString());
	}

	@Test
	void validationLeavesEmfsGlobalRegistryAlone() {
		EngagementValidation.validate(engagement);
		assertNull(EValidator.Registry.INSTANCE.get(FulcrumPackage.eINSTANCE));
	}

	@Test
	void anAnswerOffTheScaleIsAnErrorThatNamesTheInvitationButNotTheRater() {
		ItemResponse response = answered(peer, 1);
		response.setValue(7);
		Problem problem = only(Severity.ERROR);
		assertSame(response, problem.element());
		assertTrue(problem.message().contains(" is 7; the scale runs from 1 to 5"), problem.message());
		assertTrue(problem.message().contains(peer.getId()), problem.message());
		assertTrue(problem.message().contains(response.getItem().getId()), problem.message());
		assertFalse(problem.message().contains("Jan Novák"), "no rater name beside an answer: " + problem.message());
		assertTrue(problem.location().contains("rater invitation " + peer.getId()), problem.location());
	}

	@Test
	void zeroIsOffAOneToFiveScaleToo() {
		answered(peer, 0).setValue(0);
		assertTrue(only(Severity.ERROR).message().contains(" is 0;"));
	}

	@Test
	void notObservedWhereTheScaleHasNoSuchOptionIsAnError() {
		assessment.getInstrument().getScale().setNotObservedAllowed(false);
		ItemResponse response = answered(peer, 2);
		response.setNotObserved(true);
		assertTrue(only(Severity.ERROR).message().contains("'not observed', which the scale"));
	}

	@Test
	void anAnswerToAnItemOfAnotherInstrumentIsAnError() {
		Instrument other = MODEL.createInstrument();
		other.setId("other-instrument");
		other.setName("Other");
		BehaviourItem foreign = MODEL.createBehaviourItem();
		foreign.setId("X.1");
		foreign.setText("Foreign behaviour");
		other.getDimensions().add(MODEL.createDimension());
		other.getDimensions().get(0).setId("X");
		other.getDimensions().get(0).getItems().add(foreign);
		engagement.getInstruments().add(other);
		ItemResponse response = answered(peer, 3);
		response.setItem(foreign);
		List<Problem> errors = problems().stream().filter(Problem::isError).toList();
		assertTrue(errors.stream().anyMatch(p -> p.message().contains("which is not an item of")), errors.toString());
	}

	@Test
	void anItemAnsweredTwiceInOneInvitationIsAnError() {
		ItemResponse twice = MODEL.createItemResponse();
		twice.setItem(answered(peer, 0).getItem());
		twice.setValue(3);
		peer.getResponses().add(twice);
		Problem problem = only(Severity.ERROR);
		assertSame(twice, problem.element());
		assertTrue(problem.message().contains("answered more than once in invitation " + peer.getId()), problem.message());
	}

	@Test
	void aRaterInvitedTwiceIsAnErrorNamingBothInvitations() {
		RaterInvitation again = MODEL.createRaterInvitation();
		again.setId("INV-AGAIN");
		again.setRater(peer.getRater());
		again.setRelationship(RelationshipGroup.DIRECT_REPORT);
		assessment.getInvitations().add(again);
		Problem problem = only(Severity.ERROR);
		assertSame(again, problem.element());
		assertTrue(problem.message().startsWith("Jan Novák is invited twice to the baseline assessment of Participant 0"),
				problem.message());
		assertTrue(problem.message().contains(peer.getId() + " and INV-AGAIN"), problem.message());
	}

	@Test
	void aParticipantAsTheirOwnPeerIsAnErrorAndASelfRatingByAnotherAWarning() {
		peer.setRater(assessment.getSubject());
		assessment.getInvitations().get(0).setRater(engagement.getPeople().get(3));
		List<Problem> found = problems();
		assertTrue(found.stream().anyMatch(p -> p.isError() && p.message().contains("rater of their own")), found.toString());
		assertTrue(found.stream().anyMatch(p -> !p.isError() && p.message().contains("is assigned to")), found.toString());
	}

	@Test
	void aDuplicateIdIsAnErrorNamingBothHolders() {
		Person second = engagement.getPeople().get(2);
		second.setId(engagement.getPeople().get(1).getId());
		Problem problem = only(Severity.ERROR);
		assertSame(second, problem.element());
		assertTrue(problem.message().contains("The id '" + second.getId() + "' is used twice"), problem.message());
		assertTrue(problem.message().contains(engagement.getPeople().get(1).getName()), problem.message());
	}

	@Test
	void aMissingIdIsAnError() {
		engagement.getPeople().get(4).setId("");
		assertTrue(only(Severity.ERROR).message().startsWith("This person has no id"));
	}

	@Test
	void actionsAreLeftToTheRulesOfTheCoachingBundle() {
		// SMART checks are contributed through org.fulcrum.core.rules (tested in org.fulcrum.coaching.tests)
		action("Be more present for partners", null, null);
		assertEquals(Diagnostic.OK, new EngagementValidation(List.of()).check(engagement).getSeverity());
	}

	@Test
	void anAssessmentWithoutAManagerRaterIsAWarning() {
		assessment.getInvitations().get(1).setRelationship(RelationshipGroup.OTHER);
		Problem problem = only(Severity.WARNING);
		assertSame(assessment, problem.element());
		assertTrue(problem.message().contains("has no manager among its raters"), problem.message());
	}

	@Test
	void aThresholdBelowOneIsAnError() {
		engagement.getConfidentiality().setMinimumRaters(0);
		Problem problem = only(Severity.ERROR);
		assertSame(engagement.getConfidentiality(), problem.element());
	}

	@Test
	void aMissingRequiredReferenceIsReportedByEmfsBasicChecks() {
		peer.setRater(null);
		assertTrue(problems().stream().anyMatch(p -> p.isError() && p.element() == peer), problems().toString());
	}

	@Test
	void errorsAreListedBeforeWarnings() {
		assessment.getInvitations().get(1).setRelationship(RelationshipGroup.OTHER);
		answered(peer, 1).setValue(9);
		List<Problem> found = problems();
		assertEquals(List.of(Severity.ERROR, Severity.WARNING), found.stream().map(Problem::severity).toList());
	}

	private ItemResponse answered(RaterInvitation invitation, int index) {
		ItemResponse response = invitation.getResponses().get(index);
		response.setNotObserved(false);
		response.setValue(3);
		return response;
	}

	private Action action(String what, String measure, LocalDate due) {
		DevelopmentPlan plan = MODEL.createDevelopmentPlan();
		plan.setId("plan-" + engagement.getPlans().size());
		plan.setParticipant(assessment.getSubject());
		FocusArea area = MODEL.createFocusArea();
		area.setTrait(assessment.getInstrument().getDimensions().get(0));
		Goal goal = MODEL.createGoal();
		goal.setId("goal-" + engagement.getPlans().size());
		Action action = MODEL.createAction();
		action.setId("action-" + engagement.getPlans().size());
		action.setWhat(what);
		action.setMeasure(measure);
		action.setDueDate(due);
		goal.getActions().add(action);
		area.getGoals().add(goal);
		plan.getFocusAreas().add(area);
		engagement.getPlans().add(plan);
		return action;
	}

	private List<Problem> problems() {
		return Problems.of(EngagementValidation.validate(engagement));
	}

	private Problem only(Severity severity) {
		List<Problem> found = problems();
		assertEquals(1, found.size(), found.toString());
		assertEquals(severity, found.get(0).severity(), found.toString());
		return found.get(0);
	}
}

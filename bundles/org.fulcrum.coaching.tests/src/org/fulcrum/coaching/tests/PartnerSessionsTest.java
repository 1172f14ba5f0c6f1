package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.MODEL;
import static org.fulcrum.coaching.tests.CoachingFixture.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.PartnerSessionSignals;
import org.fulcrum.coaching.PartnerSessions;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.OptionSource;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.Person;
import org.fulcrum.model.Question;
import org.fulcrum.model.QuestionKind;
import org.fulcrum.model.Stance;
import org.junit.jupiter.api.Test;

/** A partner manager's sessions with a partner: signals from the record, both sides of each pair, the stance's weight. */
class PartnerSessionsTest {

	private final CoachingFixture fixture = new CoachingFixture();
	private final PartnerOrganization partner = MODEL.createPartnerOrganization();
	private final Person seller = MODEL.createPerson();

	PartnerSessionsTest() {
		partner.setId("p-dunaj");
		partner.setName("Dunaj Systems");
		seller.setId("dunaj-kral");
		seller.setName("Petr Král");
		seller.setOrganization("Dunaj Systems");
		fixture.engagement.getPartners().add(partner);
		fixture.engagement.getPeople().add(seller);
	}

	static List<String> ids(List<Checklist.Pair> pairs) {
		return pairs.stream().map(Checklist.Pair::id).toList();
	}

	/** A session of 40 minutes on one topic, with a situation statement and the partner's goal; questions, options and stance as given. */
	PartnerCoachingSession session(String questionKinds, String optionSources, Stance stance) {
		PartnerCoachingSession session = MODEL.createPartnerCoachingSession();
		session.setId("PS-" + (fixture.engagement.getPartnerSessions().size() + 1));
		session.setPartnerManager(fixture.coachee);
		session.setPartner(partner);
		session.getCoachees().add(seller);
		session.setKind(PartnerSessionKind.OPPORTUNITY_REVIEW);
		session.setDate(START.plusDays(10));
		session.setDurationMinutes(40);
		session.setTopic("The Kovo deal at proposal stage");
		session.setSituation("The Kovo proposal has waited two weeks for the partner's pricing");
		session.setPartnerGoal("Grow services revenue 20% this year");
		for (char kind : questionKinds.toCharArray()) {
			Question question = MODEL.createQuestion();
			question.setText("q" + session.getQuestions().size());
			org.fulcrum.coaching.Questions.setKind(question,
					kind == 'o' ? QuestionKind.OPEN : kind == 'c' ? QuestionKind.CLOSED : QuestionKind.MULTIPLE_CHOICE);
			session.getQuestions().add(question);
		}
		for (char source : optionSources.toCharArray()) {
			ActionOption option = MODEL.createActionOption();
			option.setText("option " + session.getOptions().size());
			option.setSource(source == 'p' ? OptionSource.PARTNER : OptionSource.COACH);
			session.getOptions().add(option);
		}
		if (stance != null) {
			session.setObservedStance(stance);
		}
		fixture.engagement.getPartnerSessions().add(session);
		return session;
	}

	Action action(Person owner, boolean support) {
		Action action = fixture.action("Send Kovo the revised price by Friday", "Price sent, Kovo's reply logged",
				START.plusDays(14), owner);
		action.setSupport(support);
		return action;
	}

	@Test
	void aCoachingSessionMeetsTheDosTheRecordCanShow() {
		PartnerCoachingSession session = session("ooooc", "pcpp", Stance.COACH);
		session.getActions().addAll(List.of(action(seller, false), action(fixture.coachee, true)));

		PartnerSessionSignals s = PartnerSessions.signals(session);
		assertEquals(0.8, s.openShare().getAsDouble(), 1e-9);
		assertEquals(0.75, s.partnerOptionShare().getAsDouble(), 1e-9);
		assertTrue(s.backToPartner());
		assertEquals(1, s.partnerOwned());
		assertEquals(1, s.support());
		assertEquals(1.0, s.partnerOwnedShare().getAsDouble(), 1e-9);

		PartnerSessions.prefill(session);
		assertEquals(22, session.getReview().size());
		Reviews.Outcome outcome = PartnerSessions.outcome(session);
		assertEquals(List.of("partner-goals", "situation-statement", "short-sessions", "open-questions", "closed-questions",
				"options-from-partner", "ownership", "smart-actions", "appropriate-support"), ids(outcome.doesMet()));
		assertEquals(List.of(), outcome.dontsOccurred());
		assertEquals(List.of("partner-success", "value-ideas"), ids(outcome.notJudged()));
	}

	@Test
	void aBullyingSessionShowsTheDontsOfItsRecord() {
		PartnerCoachingSession session = session("ommcc", "pcc", Stance.PERSECUTOR);
		session.setTopic("Pipeline; MDF; the new portal");
		session.setDurationMinutes(100);
		session.getActions().add(action(fixture.coachee, false));

		PartnerSessionSignals s = PartnerSessions.signals(session);
		assertEquals(2, s.multipleChoice());
		assertFalse(s.backToPartner());
		assertEquals(1, s.coachOwnsOutcome());
		assertEquals(0.0, s.partnerOwnedShare().getAsDouble(), 1e-9);
		PartnerSessions.prefill(session);
		Reviews.Outcome outcome = PartnerSessions.outcome(session);
		assertEquals(List.of("partner-goals", "situation-statement", "smart-actions"), ids(outcome.doesMet()));
		assertEquals(List.of("short-sessions", "open-questions", "closed-questions", "options-from-partner", "ownership"),
				ids(outcome.dontsOccurred()));
		assertEquals("bully (persecutor)", Reviews.stanceLabel(Stance.PERSECUTOR));
	}

	@Test
	void aDoAndItsDontCanBothBeMarked() {
		PartnerCoachingSession session = session("oooom", "", Stance.COACH);
		PartnerSessions.prefill(session);
		Reviews.Outcome outcome = PartnerSessions.outcome(session);
		assertTrue(ids(outcome.doesMet()).contains("open-questions"));
		assertEquals(List.of("open-questions"), ids(outcome.dontsOccurred()));
		assertTrue(Reviews.entry(session.getReview(), "open-questions", ChecklistKind.DO).orElseThrow().isObserved());
		assertTrue(Reviews.entry(session.getReview(), "open-questions", ChecklistKind.DONT).orElseThrow().isObserved());
	}

	@Test
	void suggestingToUnblockThenAskingForMoreIdeasIsNotProvidingTheOptions() {
		PartnerCoachingSession unblocked = session("oo", "cpp", Stance.COACH);
		PartnerSessions.prefill(unblocked);
		assertTrue(ids(PartnerSessions.outcome(unblocked).doesMet()).contains("options-from-partner"));
		assertFalse(ids(PartnerSessions.outcome(unblocked).dontsOccurred()).contains("options-from-partner"));
		PartnerCoachingSession directive = session("oo", "ppc", Stance.COACH);
		PartnerSessions.prefill(directive);
		assertTrue(ids(PartnerSessions.outcome(directive).doesMet()).contains("options-from-partner"));
		assertTrue(ids(PartnerSessions.outcome(directive).dontsOccurred()).contains("options-from-partner"));
	}

	@Test
	void aRescuerIsNotCreditedWithKeepingOwnershipWithThePartner() {
		PartnerCoachingSession session = session("ooo", "pp", Stance.RESCUER);
		session.getActions().add(action(seller, false));
		PartnerSessions.prefill(session);
		assertFalse(Reviews.marked(session.getReview(), "ownership", ChecklistKind.DO));
		Reviews.entry(session.getReview(), "ownership", ChecklistKind.DO).orElseThrow().setObserved(true); // a reviewer insists
		Reviews.Outcome outcome = PartnerSessions.outcome(session);
		assertFalse(ids(outcome.doesMet()).contains("ownership"));
		assertEquals(List.of("ownership"), ids(outcome.notCredited()));
		List<Problem> problems = Problems.of(EngagementValidation.validate(fixture.engagement));
		assertTrue(problems.stream().anyMatch(p -> !p.isError() && p.message().equals("Partner session PS-1 is marked 'Do keep "
				+ "problem ownership with the partner.' but the stance observed is rescuer: a rescuer takes the problem off the "
				+ "partner, so it is not credited.")), problems.toString());
	}

	@Test
	void thePartnerManagerOwningThePartnersOutcomeIsAWarningSupportIsTracked() {
		PartnerCoachingSession session = session("oo", "pp", Stance.COACH);
		Action outcome = action(fixture.coachee, false);
		Action support = action(fixture.coachee, true);
		session.getActions().addAll(List.of(outcome, support));
		List<Problem> problems = Problems.of(EngagementValidation.validate(fixture.engagement));
		List<Problem> onOutcome = problems.stream().filter(p -> p.element() == outcome).toList();
		assertEquals(1, onOutcome.size(), problems.toString());
		assertFalse(onOutcome.get(0).isError());
		assertTrue(onOutcome.get(0).message().contains("is owned by the partner manager, Ágnes Szőke, though it is the partner's "
				+ "own outcome"), onOutcome.get(0).message());
		assertTrue(problems.stream().noneMatch(p -> p.element() == support), problems.toString());
		assertEquals(1, PartnerSessions.signals(session).support());
	}

	@Test
	void reviewEntriesOutsideTheTextsPairsAndUndatedSessionsAreErrors() {
		PartnerCoachingSession session = session("o", "", null);
		session.setDate(null);
		session.setPartnerGoal(null);
		session.getReview().add(Reviews.newEntry("be-nice", ChecklistKind.DO, true, null));
		List<Problem> problems = Problems.of(EngagementValidation.validate(fixture.engagement));
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().equals("Partner session PS-1 has no date. Give the "
				+ "day it was held.")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().startsWith("Partner session PS-1 has a review entry "
				+ "'be-nice' that is not one of the do's and don'ts")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> !p.isError() && p.message().startsWith("Partner session PS-1 names no goal of "
				+ "the partner.")), problems.toString());
	}
}

package org.fulcrum.coaching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.SessionReview;
import org.fulcrum.coaching.SessionSignals;
import org.fulcrum.model.Action;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Question;
import org.fulcrum.model.Stance;
import org.junit.jupiter.api.Test;

/** A session's signals come from its record, and its review has an entry for each side of each pair of the do's and don'ts. */
class SessionReviewTest {

	private final CoachingFixture fixture = new CoachingFixture();

	private static List<String> ids(List<Checklist.Pair> pairs) {
		return pairs.stream().map(Checklist.Pair::id).toList();
	}

	private void ask(CoachingSession session, boolean... open) {
		for (boolean isOpen : open) {
			Question question = CoachingFixture.MODEL.createQuestion();
			question.setText(isOpen ? "What would help your team?" : "Shall we agree on Friday?");
			question.setOpen(isOpen);
			session.getQuestions().add(question);
		}
	}

	@Test
	void theChecklistHasTheElevenPairsOfTheText() {
		assertEquals(11, Checklist.PAIRS.size());
		Checklist.Pair options = Checklist.pair("options-from-partner").orElseThrow();
		assertEquals("Don't provide the options yourself.", options.dontText());
		assertEquals("Do get multiple action options from the partner. If the partner can't think of any ways forward, try various "
				+ "techniques to help 'unblock' their thinking. If you must suggest some possibilities, move back to a non-directive "
				+ "style as soon as possible to ask for more ideas.", options.doWithAdvice());
		assertEquals("Don't try to coach on everything at once in long drawn out sessions. Segment issues and opportunities into "
				+ "more manageable chunks.", Checklist.pair("short-sessions").orElseThrow().dontWithAdvice());
		assertTrue(Checklist.pair("partner-success").orElseThrow().dontAdvice().contains("You may need to 'sell' to a partner"));
	}

	@Test
	void aGoodSessionShowsItsDosAndLeavesTheRestToTheReviewer() {
		Action action = fixture.smartAction();
		action.setDueDate(CoachingFixture.START.plusWeeks(4));
		CoachingSession session = fixture.sessionWith(action);
		fixture.planWith(fixture.smartAction());
		session.setGoal(fixture.engagement.getPlans().get(0).getFocusAreas().get(0).getGoals().get(0));
		session.setTopic("Preparing the pipeline review with Dunaj");
		session.setSituation("Dunaj's pipeline review slipped twice");
		session.setDurationMinutes(40);
		session.getOptions().addAll(List.of("Send the template a week early", "Ask their sales lead to chair"));
		session.setObservedStance(Stance.COACH);
		ask(session, true, true, true, false);

		SessionSignals signals = SessionReview.signals(session);
		assertEquals(0.75, signals.openQuestionShare().getAsDouble(), 1e-9);
		assertEquals(2, signals.coacheeOptions());
		assertTrue(signals.actionsOwnedByCoachee());
		assertTrue(signals.actionsSmart());
		assertTrue(signals.shortAndOnOneTopic());
		assertEquals(Stance.COACH, signals.stance());

		SessionReview.prefill(session);
		assertEquals(22, session.getReview().size());
		SessionReview.Outcome outcome = SessionReview.outcome(session);
		assertEquals(List.of("partner-goals", "situation-statement", "short-sessions", "open-questions", "closed-questions",
				"options-from-partner", "ownership", "smart-actions"), ids(outcome.doesMet()));
		assertEquals(List.of(), outcome.dontsOccurred());
		assertEquals(List.of("partner-success", "value-ideas", "appropriate-support"), ids(outcome.notJudged()));
	}

	@Test
	void aLongSessionOfClosedQuestionsAndVagueActionsShowsItsDonts() {
		Action vague = fixture.action("Be more present for partners", null, null, fixture.coach);
		CoachingSession session = fixture.sessionWith(vague);
		session.setTopic("Pipeline; forecast; MDF; the new portal");
		session.setDurationMinutes(120);
		ask(session, true, false, false);

		SessionSignals signals = SessionReview.signals(session);
		assertFalse(signals.actionsOwnedByCoachee());
		assertFalse(signals.actionsSmart());
		assertFalse(signals.shortAndOnOneTopic());
		SessionReview.prefill(session);
		assertEquals(List.of("short-sessions", "closed-questions", "smart-actions"), ids(SessionReview.outcome(session).dontsOccurred()));
	}

	@Test
	void theReviewersEntriesAreKept() {
		CoachingSession session = fixture.sessionWith(null);
		ChecklistEntry judged = CoachingFixture.MODEL.createChecklistEntry();
		judged.setRule("ownership");
		judged.setKind(ChecklistKind.DONT);
		judged.setObserved(true);
		judged.setNote("offered to call the partner's customer himself");
		session.getReview().add(judged);
		SessionReview.prefill(session);
		assertEquals(22, session.getReview().size());
		assertEquals(List.of("ownership"), ids(SessionReview.outcome(session).dontsOccurred()));
		assertTrue(SessionReview.signals(session).openQuestionShare().isEmpty());
	}
}

package org.fulcrum.demo.internal;

import java.util.List;

import org.fulcrum.coaching.SessionReview;
import org.fulcrum.model.Action;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Question;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.model.Stance;

/**
 * The demo's program sessions: every workshop, the first call of three participants (one of whom
 * rescued rather than coached; Zoë Martin's first call was not held: it shows as missed), and the
 * later calls, held to the program's end, each debriefing the partner sessions logged before it.
 */
public final class DemoSessions {

	private DemoSessions() {
	}

	public static void record(CoachingProgram program, DevelopmentPlan plan, boolean firstCallHeld) {
		CoachingSession workshop = program.getSessions().get(0);
		workshop.setStatus(SessionStatus.HELD);
		workshop.setObservedStance(Stance.COACH);
		for (CoachingSession later : program.getSessions().subList(2, program.getSessions().size())) {
			later.setStatus(SessionStatus.HELD);
			later.setObservedStance(Stance.COACH);
		}
		if (!firstCallHeld) {
			return;
		}
		CoachingSession call = program.getSessions().get(1);
		call.setStatus(SessionStatus.HELD);
		call.setGoal(plan.getFocusAreas().get(0).getGoals().get(0));
		boolean rescuer = program.getParticipant().getId().equals("pm-schroeder");
		if (rescuer) {
			call.setDurationMinutes(80);
			call.setSituation("Alpenland's quote tool problem: the partner asked for help.");
			ask(call, "Shall I call their CEO?", false, "Do you want me to take it to product management?", false,
					"Is Friday fine?", false, "What happened on the last quote?", true);
			call.getOptions().add("Lena escalates it herself");
			call.setObservedStance(Stance.RESCUER);
		} else {
			call.setSituation("A partner's deal slipped twice this quarter; the coachee wants to understand why before the review.");
			ask(call, "What does the partner want from this deal?", true, "What have you tried so far?", true,
					"What else could you do?", true, "What would their sales lead say?", true, "So you'll call on Tuesday?", false);
			call.getOptions().addAll(List.of("Ask the partner's sales lead to run the review", "Send the review template a week early",
					"Join their weekly sales call once"));
			call.setObservedStance(Stance.COACH);
		}
		Action action = FulcrumFactory.eINSTANCE.createAction();
		action.setId(call.getId() + "-ACT1");
		action.setWhat(rescuer ? "Write down the three quote failures with times and send them to partner support"
				: "Ask the partner's sales lead to chair the next pipeline review");
		action.setMeasure(rescuer ? "Failures sent, ticket number noted" : "Review held with the partner chairing");
		action.setDueDate(call.getDate().plusWeeks(2));
		action.setOwner(program.getParticipant());
		call.getActions().add(action);
		SessionReview.prefill(call);
	}

	private static void ask(CoachingSession session, Object... textAndOpen) {
		for (int i = 0; i < textAndOpen.length; i += 2) {
			Question question = FulcrumFactory.eINSTANCE.createQuestion();
			question.setText((String) textAndOpen[i]);
			question.setOpen((Boolean) textAndOpen[i + 1]);
			session.getQuestions().add(question);
		}
	}
}

package org.fulcrum.demo.internal;

import java.util.Map;

import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PlanStatus;

/** What a demo coachee wrote into their drafted plan after the feedback meeting: a goal and a SMART action per focus trait. */
public final class DemoPlans {

	/** Per trait: the goal in the coachee's words, an action and its measure. */
	private record Words(String goal, String action, String measure) {
	}

	private static final Map<String, Words> WORDS = Map.of(
			"INT", new Words("Partners can rely on every date I give them", "Confirm every date I give a partner in writing the same day",
					"Dates confirmed in writing, checked in the CRM each Friday"),
			"EMP", new Words("Understand how each partner sells before I propose anything",
					"Ask each of my partners' sales leads how they win a deal, before our next pipeline review",
					"One conversation per partner, noted in the account plan"),
			"EMO", new Words("Stay calm and useful when a partner calls upset", "After every charged call, write down the facts and "
					+ "one next step before answering", "Notes for every escalated call, reviewed in coaching"),
			"LOB", new Words("Fix the problem before I look for whose fault it was",
					"Open each partner issue review with the fix, not the cause", "Issue reviews held this way, noted by my director"),
			"HUM", new Words("Ask partners for their ideas before I give mine", "Ask every partner for two options before offering one",
					"Options from the partner recorded in three coaching sessions"),
			"ACC", new Words("Keep every promise I make to a partner, or say early that I cannot",
					"Check every open commitment to partners each Monday and call where a date is at risk",
					"No commitment overdue without the partner told in advance"),
			"COU", new Words("Raise what is not working with partners early and openly",
					"Bring one difficult topic to each quarterly business review", "Topics raised in four reviews"),
			"SCO", new Words("Speak up for my partners with senior people", "Present one partner case in the monthly leadership call",
					"Cases presented in three calls"),
			"FOW", new Words("Decide with the whole channel in view, not only my partners",
					"Check each partner request against the channel program before agreeing", "Requests checked, noted in the CRM"));

	private DemoPlans() {
	}

	public static void agree(DevelopmentPlan plan) {
		plan.setStatus(PlanStatus.AGREED);
		int n = 0;
		for (FocusArea area : plan.getFocusAreas()) {
			Words words = WORDS.get(area.getTrait().getId());
			for (Goal goal : area.getGoals()) {
				goal.setStatement(words.goal());
				goal.setPrompt(null);
				Action action = FulcrumFactory.eINSTANCE.createAction();
				action.setId(plan.getId() + "-ACT" + (++n));
				action.setWhat(words.action());
				action.setMeasure(words.measure());
				action.setDueDate(plan.getStart().plusWeeks(2L + 2L * n));
				action.setOwner(plan.getParticipant());
				action.setStatus(n == 1 ? ActionStatus.DONE : ActionStatus.OPEN);
				goal.getActions().add(action);
			}
		}
	}
}

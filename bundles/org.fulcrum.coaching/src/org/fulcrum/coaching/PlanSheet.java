package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.fulcrum.model.Action;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.PartnerIssue;

/**
 * A development plan with what a reader needs beside it: the data of the development plan report.
 * Figures are the published ones only (empty where the confidentiality policy withholds them).
 *
 * @param round the assessment round the plan is based on, or empty
 * @param recentIssues the participant's recent partner issues tagged with the focus traits
 */
public record PlanSheet(DevelopmentPlan plan, String participant, String round, LocalDate start, String status,
		List<Focus> focus, List<PartnerIssue> recentIssues) {

	public PlanSheet {
		focus = List.copyOf(focus);
		recentIssues = List.copyOf(recentIssues);
	}

	/**
	 * One focus trait: its pillar (empty for a base), the reason it was chosen, others' and self's
	 * means, the behaviours to practise, the coachee's goal (or the prompt while it is not stated)
	 * and the actions agreed for it.
	 */
	public record Focus(Dimension trait, String pillar, String rationale, OptionalDouble others, OptionalDouble self,
			List<Behaviour> behaviours, String goal, boolean goalStated, List<Action> actions) {

		public Focus {
			behaviours = List.copyOf(behaviours);
			actions = List.copyOf(actions);
		}
	}

	public record Behaviour(BehaviourItem item, OptionalDouble others, OptionalDouble self) {
	}
}

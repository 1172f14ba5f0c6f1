package org.fulcrum.coaching;

import java.util.List;

import org.fulcrum.model.Action;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;

/**
 * What the next coaching session of a participant works on: the coachee's goals, the actions still
 * open (earliest due first), the recent partner issues tagged with the plan's focus traits, so that
 * coaching works on real cases, and the partner coaching sessions to debrief.
 *
 * @param session the next planned session on or after the day, or null when none is planned
 * @param debrief the partner coaching sessions the participant logged since the program's session
 *        before the next one (up to the day), with their reviews: what the call debriefs; null when
 *        no call is planned
 */
public record SessionAgenda(PartnerManager participant, CoachingSession session, List<Goal> goals, List<Action> openActions,
		List<PartnerIssue> recentIssues, CallDebrief debrief) {

	public SessionAgenda {
		goals = List.copyOf(goals);
		openActions = List.copyOf(openActions);
		recentIssues = List.copyOf(recentIssues);
	}
}

package org.fulcrum.coaching;

import java.util.List;
import java.util.OptionalDouble;

import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.PartnerManager;

/**
 * One participant's progress as of a day (docs/coaching.md): actions of their plan and sessions,
 * their sessions, and the change on their focus traits between assessment rounds.
 *
 * @param plan the participant's latest plan, or null
 * @param actionsDone done; {@code actionsDue} open and due on or after the day (or undated);
 *        {@code actionsOverdue} open and due before it. Dropped actions are not counted.
 * @param sessionsPlanned every session not cancelled; {@code sessionsHeld} those held;
 *        {@code sessionsMissed} those still planned with a date before the day
 * @param changes the change on each focus trait since the previous round, where comparable
 * @param note why there are no changes, e.g. "no second assessment round yet"; empty otherwise
 * @param coaching how the participant coached their partners: every partner session logged up to the day
 * @param calls what each of the participant's program calls up to the day debriefed, in date order: the
 *        coaching quality over time
 */
public record ParticipantProgress(PartnerManager participant, DevelopmentPlan plan, List<Dimension> focusTraits,
		int actionsDone, int actionsDue, int actionsOverdue, int sessionsHeld, int sessionsPlanned, int sessionsMissed,
		List<TraitChange> changes, String note, CoachingQuality coaching, List<CallDebrief> calls) {

	public ParticipantProgress {
		focusTraits = List.copyOf(focusTraits);
		changes = List.copyOf(changes);
		calls = List.copyOf(calls);
	}

	/** This round's mean minus the previous round's on one focus trait, for all others and for self. */
	public record TraitChange(Dimension trait, OptionalDouble others, OptionalDouble self) {
	}
}

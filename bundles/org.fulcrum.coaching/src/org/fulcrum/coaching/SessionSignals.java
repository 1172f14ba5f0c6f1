package org.fulcrum.coaching;

import java.util.OptionalDouble;

import org.fulcrum.model.Stance;

/**
 * What a session record shows about how the session went (docs/coaching.md).
 *
 * @param openQuestionShare open questions over all questions asked; empty when none were recorded
 * @param coacheeOptions how many options the coachee raised
 * @param actions how many actions were agreed (dropped ones not counted)
 * @param actionsOwnedByCoachee whether every agreed action is owned by the coachee (true when there are none)
 * @param actionsSmart whether every agreed action passes the SMART check (true when there are none)
 * @param shortAndOnOneTopic whether the session took at most {@link SessionReview#SHORT_MINUTES} minutes on one stated topic
 * @param stance the stance observed, or null when none was recorded
 */
public record SessionSignals(OptionalDouble openQuestionShare, int coacheeOptions, int actions, boolean actionsOwnedByCoachee,
		boolean actionsSmart, boolean shortAndOnOneTopic, Stance stance) {
}

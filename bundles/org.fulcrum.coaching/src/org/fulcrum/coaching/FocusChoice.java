package org.fulcrum.coaching;

import java.util.OptionalDouble;

import org.fulcrum.model.Dimension;

/**
 * A trait the drafting rule chose for a development plan, and why.
 *
 * @param others the all-others mean on the trait
 * @param self the participant's own mean, where published
 * @param rationale the reason in words for the coachee, e.g. "Blind spot: you rate yourself 4.25, others 3.10"
 */
public record FocusChoice(Dimension trait, Reason reason, double others, OptionalDouble self, String rationale) {

	public enum Reason {
		/** Self rates the trait at least the blind-spot gap above all others. */
		BLIND_SPOT,
		/** Among the lowest traits by all others' mean. */
		LOW_BY_OTHERS
	}
}

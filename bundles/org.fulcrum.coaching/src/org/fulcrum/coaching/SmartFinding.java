package org.fulcrum.coaching;

import org.fulcrum.model.Action;

/**
 * What the SMART check found wrong with one action, and what to add.
 *
 * @param criterion which part of SMART (or ownership) is missing
 * @param error true for what makes it no action at all (it is then an error in validation), false
 *        for what a consultant should look at (a warning)
 */
public record SmartFinding(Action action, Criterion criterion, boolean error, String message) {

	public enum Criterion {
		SPECIFIC, MEASURABLE, ACHIEVABLE, TIME_BOUND, OWNER
	}

	/** Whether the finding is about SMART itself rather than who owns the action. */
	public boolean aboutSmart() {
		return criterion != Criterion.OWNER;
	}
}

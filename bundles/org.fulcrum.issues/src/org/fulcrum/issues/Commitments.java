package org.fulcrum.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.fulcrum.model.Commitment;

/** Whether a date promised to a partner was kept, as of a day. */
public final class Commitments {

	public static final String KEPT = "kept";
	public static final String LATE = "late";
	public static final String OPEN = "open";
	public static final String OVERDUE = "overdue";

	private Commitments() {
	}

	/** kept (done by the date), late (done after it), open (not done, not yet due) or overdue (not done, past due). */
	public static String state(Commitment commitment, LocalDate today) {
		LocalDate due = commitment.getDue();
		LocalDate done = commitment.getDone();
		if (done != null && !done.isAfter(today)) {
			return due == null || !done.isAfter(due) ? KEPT : LATE;
		}
		return due != null && today.isAfter(due) ? OVERDUE : OPEN;
	}

	/**
	 * The moment the promise was broken: the start (UTC) of the day after its date, when it was
	 * not done by its date. Empty for a promise kept or without a date.
	 */
	public static Optional<Instant> brokenAt(Commitment commitment) {
		LocalDate due = commitment.getDue();
		LocalDate done = commitment.getDone();
		if (due == null || done != null && !done.isAfter(due)) {
			return Optional.empty();
		}
		return Optional.of(due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** A promise broken as of {@code today}: done late, or past its date and not done. */
	public static boolean broken(Commitment commitment, LocalDate today) {
		String state = state(commitment, today);
		return state.equals(LATE) || state.equals(OVERDUE);
	}
}

package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.List;

import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.PartnerCoachingSession;

/**
 * What one call of a program debriefs: the partner manager's partner coaching sessions logged since
 * the program's session before it (after {@code after}, up to and including {@code upTo}), with the
 * quality they show.
 *
 * @param number the call's number among the program's calls (1 for the first call after the workshop)
 * @param after the date of the program's session before this call, or null for the first
 */
public record CallDebrief(CoachingSession call, int number, LocalDate after, LocalDate upTo, List<PartnerCoachingSession> sessions,
		CoachingQuality quality) {

	public CallDebrief {
		sessions = List.copyOf(sessions);
	}
}

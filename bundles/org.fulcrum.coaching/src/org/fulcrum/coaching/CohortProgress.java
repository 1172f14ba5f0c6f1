package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.fulcrum.model.Dimension;

/**
 * The progress of a cohort (an engagement's participants) as of a day: each participant, the
 * totals, and for every trait some participant works on, how many do and their mean change.
 * The data of the coaching progress report.
 */
public record CohortProgress(LocalDate asOf, List<ParticipantProgress> participants, int actionsDone, int actionsDue,
		int actionsOverdue, int sessionsHeld, int sessionsPlanned, int sessionsMissed, List<FocusTrait> focusTraits,
		CoachingQuality coaching, List<Call> calls) {

	public CohortProgress {
		participants = List.copyOf(participants);
		focusTraits = List.copyOf(focusTraits);
		calls = List.copyOf(calls);
	}

	/**
	 * The cohort's partner coaching as debriefed on the n-th call of their programs: the partner
	 * sessions every participant logged before that call, taken together.
	 *
	 * @param participants how many participants had their n-th call by the day
	 */
	public record Call(int number, int participants, CoachingQuality quality) {
	}

	/**
	 * A trait as a focus of the cohort.
	 *
	 * @param participants how many have it as a focus trait
	 * @param measured how many of them have a comparable change since their previous round
	 * @param meanOthersChange the mean all-others change of those, empty when none is measured
	 */
	public record FocusTrait(Dimension trait, int participants, int measured, OptionalDouble meanOthersChange) {
	}
}

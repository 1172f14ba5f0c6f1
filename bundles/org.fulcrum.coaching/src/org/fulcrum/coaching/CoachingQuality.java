package org.fulcrum.coaching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.Stance;

/**
 * How a partner manager coached their partners over some sessions: the shares the do's and don'ts
 * care about (open questions, options from the partner, actions owned by the partner), the stances
 * observed, and how many do's were met and don'ts occurred in the sessions' reviews.
 *
 * @param stances sessions per stance observed; {@code stanceNotRecorded} sessions without one
 */
public record CoachingQuality(int sessions, int questions, int openQuestions, int multipleChoice, int partnerOptions,
		int coachOptions, int outcomeActions, int partnerOwned, int coachOwnsOutcome, int support, Map<Stance, Integer> stances,
		int stanceNotRecorded, int dosMet, int dontsOccurred) {

	public CoachingQuality {
		stances = Collections.unmodifiableMap(new EnumMap<>(stances.isEmpty() ? new EnumMap<>(Stance.class) : stances));
	}

	public static CoachingQuality of(List<PartnerCoachingSession> sessions) {
		int questions = 0, open = 0, choice = 0, partnerOptions = 0, coachOptions = 0, outcomes = 0, owned = 0, coachOwns = 0,
				support = 0, none = 0, met = 0, occurred = 0;
		Map<Stance, Integer> stances = new EnumMap<>(Stance.class);
		for (PartnerCoachingSession session : sessions) {
			PartnerSessionSignals s = PartnerSessions.signals(session);
			questions += s.questions();
			open += s.open();
			choice += s.multipleChoice();
			partnerOptions += s.partnerOptions();
			coachOptions += s.coachOptions();
			outcomes += s.actions() - s.support();
			owned += s.partnerOwned();
			coachOwns += s.coachOwnsOutcome();
			support += s.support();
			if (s.stance() == null) {
				none++;
			} else {
				stances.merge(s.stance(), 1, Integer::sum);
			}
			Reviews.Outcome outcome = PartnerSessions.outcome(session);
			met += outcome.doesMet().size();
			occurred += outcome.dontsOccurred().size();
		}
		return new CoachingQuality(sessions.size(), questions, open, choice, partnerOptions, coachOptions, outcomes, owned, coachOwns,
				support, stances, none, met, occurred);
	}

	public OptionalDouble openShare() {
		return share(openQuestions, questions);
	}

	public OptionalDouble partnerOptionShare() {
		return share(partnerOptions, partnerOptions + coachOptions);
	}

	/** Of the actions that are the partner's own outcome (support the coach owes left out), the share the partner owns. */
	public OptionalDouble partnerOwnedShare() {
		return share(partnerOwned, outcomeActions);
	}

	/** Of the sessions with a stance observed, the share where the partner manager was a coach. */
	public OptionalDouble coachStanceShare() {
		int observed = sessions - stanceNotRecorded;
		return share(stances.getOrDefault(Stance.COACH, 0), observed);
	}

	public int stance(Stance stance) {
		return stances.getOrDefault(stance, 0);
	}

	private static OptionalDouble share(int part, int all) {
		return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / all);
	}
}

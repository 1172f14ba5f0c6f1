package org.fulcrum.coaching;

import java.util.List;
import java.util.OptionalDouble;

import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Question;
import org.fulcrum.model.SessionFormat;

/**
 * Reviews a program session (the consultant coaching a partner manager) against the do's and
 * don'ts: the signals its record shows, a review pre-filled from them where the record is evidence
 * enough, and which do's were met and which don'ts occurred ({@link Reviews}, docs/coaching.md).
 * The partner managers' own sessions with their partners are reviewed by {@link PartnerSessions}.
 */
public final class SessionReview {

	/** A coaching session longer than this is not "short" (Fulcrum's default: the text gives no figure). */
	public static final int SHORT_MINUTES = 60;
	/** Longer than this is a "long drawn out session" (Fulcrum's default). */
	public static final int LONG_MINUTES = 90;

	/** Kept for callers of the first API: the outcome of a review. */
	public record Outcome(List<Checklist.Pair> doesMet, List<Checklist.Pair> dontsOccurred, List<Checklist.Pair> notJudged,
			List<Checklist.Pair> notCredited) {
		static Outcome of(Reviews.Outcome outcome) {
			return new Outcome(outcome.doesMet(), outcome.dontsOccurred(), outcome.notJudged(), outcome.notCredited());
		}
	}

	private SessionReview() {
	}

	public static SessionSignals signals(CoachingSession session) {
		List<Question> questions = session.getQuestions();
		long open = questions.stream().filter(q -> Questions.kind(q) == org.fulcrum.model.QuestionKind.OPEN).count();
		OptionalDouble share = questions.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) open / questions.size());
		List<Action> actions = session.getActions().stream().filter(a -> a.getStatus() != ActionStatus.DROPPED).toList();
		Object coachee = session.eContainer() instanceof CoachingProgram program ? program.getParticipant() : null;
		boolean owned = actions.stream().filter(a -> !a.isSupport()).allMatch(a -> a.getOwner() != null && a.getOwner() == coachee);
		boolean smart = actions.stream().allMatch(a -> SmartCheck.of(a).stream().noneMatch(SmartFinding::aboutSmart));
		return new SessionSignals(share, session.getOptions().size(), actions.size(), owned, smart,
				shortAndOnOneTopic(session.getDurationMinutes(), session.getTopic()),
				session.isSetObservedStance() ? session.getObservedStance() : null);
	}

	/** At most {@link #SHORT_MINUTES} on one stated topic (a topic with no ';' or line break: one chunk, not several). */
	static boolean shortAndOnOneTopic(int minutes, String topic) {
		boolean oneTopic = topic != null && !topic.isBlank() && !topic.contains(";") && !topic.contains("\n");
		return minutes > 0 && minutes <= SHORT_MINUTES && oneTopic;
	}

	/** Adds the entries the session's review lacks, judged from its record where it tells (see {@link Reviews#prefill}). */
	public static void prefill(CoachingSession session) {
		SessionSignals signals = signals(session);
		Reviews.prefill(session.getReview(), pair -> judge(pair, session, signals));
	}

	/** The do's met, don'ts occurred and pairs not judged, in the checklist's order. */
	public static Outcome outcome(CoachingSession session) {
		return Outcome.of(Reviews.outcome(session.getReview(), session.isSetObservedStance() ? session.getObservedStance() : null));
	}

	private static Reviews.Judgement judge(String pair, CoachingSession session, SessionSignals signals) {
		boolean workshop = session.getFormat() == SessionFormat.WORKSHOP;
		OptionalDouble share = signals.openQuestionShare();
		Boolean met = switch (pair) {
		case "partner-goals" -> session.getGoal() != null ? Boolean.TRUE : null;
		case "situation-statement" -> session.getSituation() != null && !session.getSituation().isBlank() ? Boolean.TRUE : null;
		case "short-sessions" -> workshop ? null
				: signals.shortAndOnOneTopic() ? Boolean.TRUE : session.getDurationMinutes() > LONG_MINUTES ? Boolean.FALSE : null;
		case "open-questions" -> share.isPresent() && share.getAsDouble() >= 0.5 ? Boolean.TRUE : null;
		case "closed-questions" -> share.isEmpty() ? null
				: share.getAsDouble() >= 2.0 / 3 ? Boolean.TRUE : share.getAsDouble() < 0.5 ? Boolean.FALSE : null;
		case "options-from-partner" -> signals.coacheeOptions() >= 2 ? Boolean.TRUE : null;
		case "ownership" -> signals.actions() > 0 && signals.actionsOwnedByCoachee() ? Boolean.TRUE : null;
		case "smart-actions" -> signals.actions() == 0 ? null : signals.actionsSmart() ? Boolean.TRUE : Boolean.FALSE;
		default -> null; // partner-success, value-ideas, appropriate-support: only the reviewer can tell
		};
		if (met == null) {
			return Reviews.Judgement.NONE;
		}
		return met ? new Reviews.Judgement(Boolean.TRUE, null) : new Reviews.Judgement(null, Boolean.TRUE);
	}
}

package org.fulcrum.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Question;
import org.fulcrum.model.SessionFormat;

/**
 * Reviews a coaching session against the do's and don'ts: the signals its record shows, a review
 * pre-filled from them where the record is evidence enough, and which do's were met and which
 * don'ts occurred. A review has one entry per pair of the checklist: {@code rule} is the pair's id,
 * {@code kind} says which side was seen, {@code observed} whether either was (docs/coaching.md).
 */
public final class SessionReview {

	/** A coaching session longer than this is not "short" (the do's and don'ts ask for short, frequent sessions). */
	public static final int SHORT_MINUTES = 60;
	/** Longer than this is a "long drawn out session". */
	public static final int LONG_MINUTES = 90;

	/** Which do's were met, which don'ts occurred, and which pairs nobody judged. */
	public record Outcome(List<Checklist.Pair> doesMet, List<Checklist.Pair> dontsOccurred, List<Checklist.Pair> notJudged) {
	}

	private SessionReview() {
	}

	public static SessionSignals signals(CoachingSession session) {
		List<Question> questions = session.getQuestions();
		long open = questions.stream().filter(Question::isOpen).count();
		OptionalDouble share = questions.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) open / questions.size());
		List<Action> actions = session.getActions().stream().filter(a -> a.getStatus() != ActionStatus.DROPPED).toList();
		Object coachee = session.eContainer() instanceof CoachingProgram program ? program.getParticipant() : null;
		boolean owned = actions.stream().allMatch(a -> a.getOwner() != null && a.getOwner() == coachee);
		boolean smart = actions.stream().allMatch(a -> SmartCheck.of(a).stream().noneMatch(SmartFinding::aboutSmart));
		String topic = session.getTopic();
		boolean oneTopic = topic != null && !topic.isBlank() && !topic.contains(";") && !topic.contains("\n");
		boolean shortOne = session.getDurationMinutes() > 0 && session.getDurationMinutes() <= SHORT_MINUTES;
		return new SessionSignals(share, session.getOptions().size(), actions.size(), owned, smart, shortOne && oneTopic,
				session.isSetObservedStance() ? session.getObservedStance() : null);
	}

	/**
	 * Adds an entry for every pair the session's review lacks, judged from the record where it is
	 * evidence enough and left unobserved for the reviewer otherwise. Entries already there are kept:
	 * the reviewer's judgement wins over the record's.
	 */
	public static void prefill(CoachingSession session) {
		Map<String, ChecklistEntry> present = entries(session);
		SessionSignals signals = signals(session);
		for (Checklist.Pair pair : Checklist.PAIRS) {
			if (present.containsKey(pair.id())) {
				continue;
			}
			ChecklistEntry entry = FulcrumFactory.eINSTANCE.createChecklistEntry();
			entry.setRule(pair.id());
			Boolean met = judge(pair.id(), session, signals);
			entry.setObserved(met != null);
			entry.setKind(met == null || met ? ChecklistKind.DO : ChecklistKind.DONT);
			if (met != null) {
				entry.setNote("from the session record");
			}
			session.getReview().add(entry);
		}
	}

	/** The do's met, don'ts occurred and pairs not judged, in the checklist's order. */
	public static Outcome outcome(CoachingSession session) {
		Map<String, ChecklistEntry> present = entries(session);
		List<Checklist.Pair> met = new ArrayList<>();
		List<Checklist.Pair> occurred = new ArrayList<>();
		List<Checklist.Pair> open = new ArrayList<>();
		for (Checklist.Pair pair : Checklist.PAIRS) {
			ChecklistEntry entry = present.get(pair.id());
			if (entry == null || !entry.isObserved()) {
				open.add(pair);
			} else if (entry.getKind() == ChecklistKind.DO) {
				met.add(pair);
			} else {
				occurred.add(pair);
			}
		}
		return new Outcome(met, occurred, open);
	}

	/** true: the do was met; false: the don't occurred; null: the record does not tell. */
	private static Boolean judge(String pair, CoachingSession session, SessionSignals signals) {
		boolean workshop = session.getFormat() == SessionFormat.WORKSHOP;
		return switch (pair) {
		case "partner-goals" -> session.getGoal() != null ? Boolean.TRUE : null;
		case "situation-statement" -> session.getSituation() != null && !session.getSituation().isBlank() ? Boolean.TRUE : null;
		case "short-sessions" -> workshop ? null
				: signals.shortAndOnOneTopic() ? Boolean.TRUE : session.getDurationMinutes() > LONG_MINUTES ? Boolean.FALSE : null;
		case "open-questions" -> signals.openQuestionShare().isPresent() && signals.openQuestionShare().getAsDouble() >= 0.5
				? Boolean.TRUE : null;
		case "closed-questions" -> signals.openQuestionShare().isEmpty() ? null
				: signals.openQuestionShare().getAsDouble() >= 2.0 / 3 ? Boolean.TRUE
						: signals.openQuestionShare().getAsDouble() < 0.5 ? Boolean.FALSE : null;
		case "options-from-partner" -> signals.coacheeOptions() >= 2 ? Boolean.TRUE : null;
		case "ownership" -> signals.actions() > 0 && signals.actionsOwnedByCoachee() ? Boolean.TRUE : null;
		case "smart-actions" -> signals.actions() == 0 ? null : signals.actionsSmart() ? Boolean.TRUE : Boolean.FALSE;
		default -> null; // partner-success, value-ideas, appropriate-support: only the reviewer can tell
		};
	}

	private static Map<String, ChecklistEntry> entries(CoachingSession session) {
		return session.getReview().stream().filter(e -> e.getRule() != null)
				.collect(Collectors.toMap(ChecklistEntry::getRule, Function.identity(), (a, b) -> a));
	}
}

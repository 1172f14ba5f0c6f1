package org.fulcrum.coaching;

import java.util.List;
import java.util.OptionalDouble;

import org.fulcrum.model.Action;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.OptionSource;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.Person;
import org.fulcrum.model.Question;
import org.fulcrum.model.QuestionKind;

/**
 * Reviews a partner manager's coaching session with a partner against the do's and don'ts: the
 * signals its record shows, a review pre-filled from them where the record is evidence enough (both
 * sides of a pair: a session can meet a do and show its don't), and the outcome, where a rescuing
 * stance is not credited with keeping ownership with the partner (docs/coaching.md).
 */
public final class PartnerSessions {

	private PartnerSessions() {
	}

	public static PartnerSessionSignals signals(PartnerCoachingSession session) {
		int open = 0;
		int closed = 0;
		int multipleChoice = 0;
		for (Question question : session.getQuestions()) {
			switch (Questions.kind(question)) {
			case OPEN -> open++;
			case CLOSED -> closed++;
			case MULTIPLE_CHOICE -> multipleChoice++;
			}
		}
		int partnerOptions = 0;
		int coachOptions = 0;
		boolean backToPartner = true;
		for (ActionOption option : session.getOptions()) {
			if (option.getSource() == OptionSource.COACH) {
				coachOptions++;
				backToPartner = false;
			} else {
				partnerOptions++;
				backToPartner = true;
			}
		}
		List<Action> actions = session.getActions().stream().filter(a -> a.getStatus() != ActionStatus.DROPPED).toList();
		int partnerOwned = 0;
		int coachOwnsOutcome = 0;
		int support = 0;
		for (Action action : actions) {
			if (action.isSupport()) {
				support++;
			} else if (action.getOwner() != null && action.getOwner() == session.getPartnerManager()) {
				coachOwnsOutcome++;
			} else if (ownedByPartner(session, action)) {
				partnerOwned++;
			}
		}
		boolean smart = actions.stream().allMatch(a -> SmartCheck.of(a).stream().noneMatch(SmartFinding::aboutSmart));
		return new PartnerSessionSignals(open + closed + multipleChoice, open, closed, multipleChoice, partnerOptions, coachOptions,
				backToPartner, actions.size(), partnerOwned, coachOwnsOutcome, support, smart,
				SessionReview.shortAndOnOneTopic(session.getDurationMinutes(), session.getTopic()),
				session.isSetObservedStance() ? session.getObservedStance() : null);
	}

	/** Whether a person of the partner owns the action: one of the people coached, or someone of the partner organisation. */
	public static boolean ownedByPartner(PartnerCoachingSession session, Action action) {
		Person owner = action.getOwner();
		if (owner == null || owner == session.getPartnerManager()) {
			return false;
		}
		if (session.getCoachees().contains(owner)) {
			return true;
		}
		return session.getPartner() != null && owner.getOrganization() != null
				&& (owner.getOrganization().equals(session.getPartner().getName())
						|| owner.getOrganization().equals(session.getPartner().getId()));
	}

	/** Adds the entries the review lacks, judged from the record where it tells; the reviewer's entries are kept. */
	public static void prefill(PartnerCoachingSession session) {
		PartnerSessionSignals signals = signals(session);
		Reviews.prefill(session.getReview(), pair -> judge(pair, session, signals));
	}

	public static Reviews.Outcome outcome(PartnerCoachingSession session) {
		return Reviews.outcome(session.getReview(), session.isSetObservedStance() ? session.getObservedStance() : null);
	}

	/** What the record tells about one pair; see the table in docs/coaching.md. */
	static Reviews.Judgement judge(String pair, PartnerCoachingSession session, PartnerSessionSignals s) {
		OptionalDouble open = s.openShare();
		return switch (pair) {
		case "partner-goals" -> new Reviews.Judgement(blank(session.getPartnerGoal()) ? null : Boolean.TRUE, null);
		case "situation-statement" -> new Reviews.Judgement(blank(session.getSituation()) ? null : Boolean.TRUE, null);
		case "short-sessions" -> new Reviews.Judgement(s.shortAndOnOneTopic() ? Boolean.TRUE : null,
				session.getDurationMinutes() > SessionReview.LONG_MINUTES || several(session.getTopic()) ? Boolean.TRUE : null);
		case "open-questions" -> new Reviews.Judgement(open.isPresent() && open.getAsDouble() >= 0.5 ? Boolean.TRUE : null,
				s.questions() == 0 ? null : s.multipleChoice() > 0);
		case "closed-questions" -> new Reviews.Judgement(open.isPresent() && open.getAsDouble() >= 2.0 / 3 ? Boolean.TRUE : null,
				s.questions() == 0 ? null : s.closed() + s.multipleChoice() > s.questions() / 2.0);
		case "options-from-partner" -> new Reviews.Judgement(s.partnerOptions() >= 2 ? Boolean.TRUE : null,
				s.partnerOptions() + s.coachOptions() == 0 ? null : s.coachOptions() > 0 && !s.backToPartner());
		case "ownership" -> new Reviews.Judgement(
				s.actions() > s.support() && s.coachOwnsOutcome() == 0 && s.partnerOwned() == s.actions() - s.support()
						&& Reviews.creditable(pair, s.stance()) ? Boolean.TRUE : null,
				s.actions() == 0 ? null : s.coachOwnsOutcome() > 0);
		case "smart-actions" -> s.actions() == 0 ? Reviews.Judgement.NONE : new Reviews.Judgement(s.smart(), !s.smart());
		case "appropriate-support" -> new Reviews.Judgement(s.support() > 0 ? Boolean.TRUE : null, null);
		default -> Reviews.Judgement.NONE; // partner-success, value-ideas: only the reviewer can tell
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean several(String topic) {
		return topic != null && (topic.contains(";") || topic.contains("\n"));
	}

	/** The kind of a question as a word for people: open, closed, multiple choice. */
	public static String label(QuestionKind kind) {
		return kind == QuestionKind.MULTIPLE_CHOICE ? "multiple choice" : kind.getLiteral();
	}
}

package org.fulcrum.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Stance;

/**
 * A review against the do's and don'ts, whichever session it belongs to: per pair of the
 * {@link Checklist}, one entry for the do ({@code kind} do) and one for the don't ({@code kind}
 * dont), each {@code observed} or not, so that a session can show a do and its don't at once.
 * Reviews written before both sides were recorded hold one entry per pair; they read the same.
 */
public final class Reviews {

	/** The note on an entry judged from the session's record rather than by a reviewer. */
	public static final String FROM_RECORD = "from the session record";

	/**
	 * What the record says about one pair: for each side, TRUE (seen), FALSE (the record shows it was
	 * not) or null (the record cannot tell: the reviewer judges).
	 */
	public record Judgement(Boolean doMet, Boolean dontOccurred) {
		public static final Judgement NONE = new Judgement(null, null);
	}

	/**
	 * Which do's were met, which don'ts occurred, which pairs nobody judged, and which do's were marked
	 * but cannot be credited because of the stance observed (a rescuer does not keep ownership with
	 * the partner).
	 */
	public record Outcome(List<Checklist.Pair> doesMet, List<Checklist.Pair> dontsOccurred, List<Checklist.Pair> notJudged,
			List<Checklist.Pair> notCredited) {
	}

	private Reviews() {
	}

	/** The review's entry for one side of a pair, if it has one. */
	public static Optional<ChecklistEntry> entry(List<ChecklistEntry> review, String rule, ChecklistKind side) {
		return review.stream().filter(e -> rule.equals(e.getRule()) && e.getKind() == side).findFirst();
	}

	/** Whether the review marks that side of the pair as seen. */
	public static boolean marked(List<ChecklistEntry> review, String rule, ChecklistKind side) {
		return entry(review, rule, side).map(ChecklistEntry::isObserved).orElse(false);
	}

	/** A new entry for one side of a pair (not yet in any review). */
	public static ChecklistEntry newEntry(String rule, ChecklistKind side, boolean observed, String note) {
		ChecklistEntry entry = FulcrumFactory.eINSTANCE.createChecklistEntry();
		entry.setRule(rule);
		entry.setKind(side);
		entry.setObserved(observed);
		entry.setNote(note);
		return entry;
	}

	/**
	 * Adds an entry for every side of every pair the review lacks, judged by {@code judge} where the
	 * record is evidence enough and left unobserved for the reviewer otherwise. Entries already there
	 * are kept: the reviewer's judgement wins over the record's.
	 */
	public static void prefill(List<ChecklistEntry> review, java.util.function.Function<String, Judgement> judge) {
		List<ChecklistEntry> added = new ArrayList<>();
		for (Checklist.Pair pair : Checklist.PAIRS) {
			Judgement judgement = judge.apply(pair.id());
			for (ChecklistKind side : ChecklistKind.VALUES) {
				if (entry(review, pair.id(), side).isPresent()) {
					continue;
				}
				Boolean seen = side == ChecklistKind.DO ? judgement.doMet() : judgement.dontOccurred();
				added.add(newEntry(pair.id(), side, Boolean.TRUE.equals(seen), seen == null ? null : FROM_RECORD));
			}
		}
		review.addAll(added);
	}

	/** The outcome of a review, in the checklist's order. */
	public static Outcome outcome(List<ChecklistEntry> review, Stance stance) {
		List<Checklist.Pair> met = new ArrayList<>();
		List<Checklist.Pair> occurred = new ArrayList<>();
		List<Checklist.Pair> open = new ArrayList<>();
		List<Checklist.Pair> notCredited = new ArrayList<>();
		for (Checklist.Pair pair : Checklist.PAIRS) {
			boolean doMarked = marked(review, pair.id(), ChecklistKind.DO);
			boolean dontMarked = marked(review, pair.id(), ChecklistKind.DONT);
			if (doMarked && !creditable(pair.id(), stance)) {
				notCredited.add(pair);
			} else if (doMarked) {
				met.add(pair);
			}
			if (dontMarked) {
				occurred.add(pair);
			}
			if (!doMarked && !dontMarked) {
				open.add(pair);
			}
		}
		return new Outcome(met, occurred, open, notCredited);
	}

	/**
	 * Whether a do can be credited to a session with the stance observed. A rescuer takes the problem
	 * off the partner ("when THEY are in trouble I'm the one who come to rescue them"), so a rescuing
	 * session cannot be credited with "keep problem ownership with the partner".
	 */
	public static boolean creditable(String rule, Stance stance) {
		return !(stance == Stance.RESCUER && "ownership".equals(rule));
	}

	/** The stance as the drama triangle text names it: bully (persecutor), victim, rescuer, or coach. */
	public static String stanceLabel(Stance stance) {
		if (stance == null) {
			return "not recorded";
		}
		return stance == Stance.PERSECUTOR ? "bully (persecutor)" : stance.getLiteral();
	}
}

package org.fulcrum.coaching;

import java.util.OptionalDouble;

import org.fulcrum.model.Stance;

/**
 * What a partner coaching session's record shows about how the partner manager coached (docs/coaching.md).
 *
 * @param questions how many questions were recorded; {@code open}, {@code closed} and
 *        {@code multipleChoice} how many of each kind
 * @param partnerOptions options the partner raised; {@code coachOptions} options the partner manager supplied
 * @param backToPartner whether, after the partner manager's last own option, the partner raised more
 *        (the text's "move back to a non-directive style as soon as possible to ask for more ideas")
 * @param actions actions agreed (dropped ones not counted); {@code partnerOwned} owned by the partner's
 *        people; {@code coachOwnsOutcome} owned by the partner manager though they are the partner's
 *        own outcome; {@code support} support the partner manager or their company owes
 * @param smart whether every agreed action passes the SMART check
 * @param shortAndOnOneTopic at most {@link SessionReview#SHORT_MINUTES} minutes on one stated topic
 * @param stance the stance observed, or null
 */
public record PartnerSessionSignals(int questions, int open, int closed, int multipleChoice, int partnerOptions, int coachOptions,
		boolean backToPartner, int actions, int partnerOwned, int coachOwnsOutcome, int support, boolean smart,
		boolean shortAndOnOneTopic, Stance stance) {

	/** Open questions over all questions; empty when none were recorded. */
	public OptionalDouble openShare() {
		return questions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) open / questions);
	}

	/** Options from the partner over all options; empty when none were recorded. */
	public OptionalDouble partnerOptionShare() {
		int all = partnerOptions + coachOptions;
		return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) partnerOptions / all);
	}

	/** Actions owned by the partner over the actions that are the partner's own outcome (support left out). */
	public OptionalDouble partnerOwnedShare() {
		int outcomes = actions - support;
		return outcomes <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) partnerOwned / outcomes);
	}
}

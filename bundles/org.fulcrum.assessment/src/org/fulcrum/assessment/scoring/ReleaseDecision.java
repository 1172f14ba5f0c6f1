package org.fulcrum.assessment.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.RaterInvitation;

/**
 * What every output of one participant may use under the engagement's release ledger
 * ({@link Releases}): the raters held back since the last release, the comments that may be
 * printed again, what the consultant should be told, and why nothing may be published at all.
 *
 * @param releasedAt when the participant's last report was released; empty when never
 * @param commentsAllowed digests ({@link Releases#digest}) of the only comments that may be printed; empty when any may
 * @param notes for the consultant (they name counts of late raters, so they are not for the participant)
 * @param refusal why nothing of the participant may be published now
 */
public record ReleaseDecision(Assessment assessment, Optional<Date> releasedAt, Set<RaterInvitation> heldBack,
		Optional<Set<String>> commentsAllowed, List<String> notes, Optional<String> refusal) {

	/** The decision for a participant who has no release yet: every answer counts. */
	public static ReleaseDecision unreleased(Assessment assessment) {
		return new ReleaseDecision(assessment, Optional.empty(), Set.of(), Optional.empty(), List.of(), Optional.empty());
	}

	/** Whether the figures are the released ones (or their protected update), which the outputs say. */
	public boolean released() {
		return releasedAt.isPresent();
	}

	/**
	 * The sentence an output of the participant may print: the day of the release its figures
	 * keep to. It names no counts, so it can be handed to the participant.
	 */
	public Optional<String> statement() {
		return releasedAt.map(at -> String.format("Figures as released on %tF%s", at,
				heldBack.isEmpty() ? "" : "; answers received since then are kept back until the groups can absorb them"));
	}

	/**
	 * The sentence a cohort-wide output prints when some of its participants' figures keep to an
	 * earlier release: how many participants (never raters) and the latest such release day.
	 */
	public static Optional<String> cohortStatement(Collection<ReleaseDecision> decisions) {
		List<Date> days = decisions.stream().filter(ReleaseDecision::released).map(d -> d.releasedAt().get()).toList();
		if (days.isEmpty()) {
			return Optional.empty();
		}
		boolean heldBack = decisions.stream().anyMatch(d -> d.released() && !d.heldBack().isEmpty());
		return Optional.of(String.format("Figures of %d participant%s as released to them (the latest release on %tF)%s.",
				days.size(), days.size() == 1 ? " are" : "s are", Collections.max(days),
				heldBack ? "; answers received since then are kept back until the next release" : ""));
	}
}

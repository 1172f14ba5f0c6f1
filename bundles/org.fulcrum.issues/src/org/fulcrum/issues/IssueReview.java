package org.fulcrum.issues;

import java.time.Instant;
import java.util.List;

import org.fulcrum.model.Engagement;

/**
 * The daily run over an engagement's partner issues as of a moment: the escalation steps due
 * (moving issues to the named people of their new level) and the VP rules, each queueing its
 * notices in the outbox. Running it again as of the same moment changes nothing.
 */
public final class IssueReview {

	/** What a run did. */
	public record Result(List<EscalationStep> escalations, List<VpNotices.Due> vpInformed, int noticesQueued) {

		public boolean changed() {
			return !escalations.isEmpty() || !vpInformed.isEmpty() || noticesQueued > 0;
		}
	}

	private IssueReview() {
	}

	public static Result run(Engagement engagement, Instant asOf) {
		IssueRules rules = IssueRules.of(engagement);
		int before = engagement.getOutbox().size();
		List<EscalationStep> steps = new Escalations(rules).apply(engagement, asOf);
		List<VpNotices.Due> informed = new VpNotices(rules).apply(engagement, asOf);
		return new Result(steps, informed, engagement.getOutbox().size() - before);
	}
}

package org.fulcrum.issues;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;

/**
 * "The VP of Channels shouldn't learn about an issue for the first time when a partner dials the
 * number as a last resort": by rule, the people named at VP of channels level hear of every P1,
 * every recurrence and every broken promise when it happens, whatever level the issue is at.
 * Each rule tells them once per issue (once per promise), dated when the rule was met.
 */
public final class VpNotices {

	/** One rule met: the issue, the rule's words, when it was met. */
	public record Due(PartnerIssue issue, String key, String rule, Instant at) {
	}

	private final IssueRules rules;

	public VpNotices(IssueRules rules) {
		this.rules = rules;
	}

	/** Every rule met by {@code asOf} of which the VP was not told yet, in the order they were met. */
	public List<Due> due(Engagement engagement, Instant asOf) {
		List<Due> due = new ArrayList<>();
		for (PartnerIssue issue : engagement.getIssues()) {
			if (issue.getOpened() == null || issue.getOpened().toInstant().isAfter(asOf)) {
				continue;
			}
			Instant opened = issue.getOpened().toInstant();
			if (rules.informVp().onP1() && issue.getPriority() == Priority.P1) {
				due.add(new Due(issue, issue.getId() + "/vp/p1", "any P1 issue", opened));
			}
			if (rules.informVp().onRecurrence() && issue.getRecurrenceOf() != null) {
				due.add(new Due(issue, issue.getId() + "/vp/recurrence", "any recurrence (it repeats "
						+ issue.getRecurrenceOf().getId() + ")", opened));
			}
			if (rules.informVp().onBrokenPromise()) {
				for (int i = 0; i < issue.getCommitments().size(); i++) {
					Commitment commitment = issue.getCommitments().get(i);
					Optional<Instant> broken = Commitments.brokenAt(commitment);
					if (commitment.isVisibleToPartner() && broken.isPresent() && !broken.get().isAfter(asOf)) {
						due.add(new Due(issue, issue.getId() + "/vp/promise/" + (i + 1), "any broken promise ('"
								+ commitment.getDescription() + "' due " + commitment.getDue() + ")", broken.get()));
					}
				}
			}
		}
		due.removeIf(d -> Outbox.queued(engagement, d.key()));
		due.sort(Comparator.comparing(Due::at));
		return due;
	}

	/**
	 * Tells the people named at VP of channels level of every rule met and not told yet: a notice
	 * to each in the outbox and an internal notice event in the issue's timeline. With nobody named
	 * at that level nothing can be told, and nothing is recorded (validation warns).
	 */
	public List<Due> apply(Engagement engagement, Instant asOf) {
		List<Person> vps = EscalationPath.people(engagement, EscalationLevel.VP_OF_CHANNELS);
		if (vps.isEmpty()) {
			return List.of();
		}
		List<Due> due = due(engagement, asOf);
		for (Due rule : due) {
			PartnerIssue issue = rule.issue();
			String why = "the VP of channels is informed of " + rule.rule();
			for (Person vp : vps) {
				Outbox.queue(engagement, rule.key(), vp, issue, "For your information: " + issue.getId() + " (" + rule.rule() + "): "
						+ issue.getTitle(), Notices.body(issue, "For your information, before the partner needs to call you: this "
								+ "issue meets the rule '" + rule.rule() + "'. It is at "
								+ Labels.level(KeyIssuesQuery.recordedLevel(issue, rule.at()))
								+ "; nothing is asked of you yet.", why, rule.at()), why, rule.at());
			}
			IssueEvent event = FulcrumFactory.eINSTANCE.createIssueEvent();
			event.setKind(IssueEventKind.NOTICE);
			event.setAt(Date.from(rule.at()));
			event.setAuthor("Fulcrum VP rules");
			event.setText("VP of channels informed (" + Notices.names(vps) + "): " + rule.rule() + ".");
			event.getPeople().addAll(vps);
			issue.getTimeline().add(event);
		}
		return due;
	}
}

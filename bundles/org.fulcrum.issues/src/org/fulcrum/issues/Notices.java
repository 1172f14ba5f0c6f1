package org.fulcrum.issues;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Notification;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;

/** The notices the issue rules queue in the outbox, worded the same wherever they come from. */
final class Notices {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private Notices() {
	}

	/** The people the step moved the issue to, and the partner manager and support owner for their information. */
	static List<Notification> escalated(Engagement engagement, EscalationStep step, List<Person> people) {
		PartnerIssue issue = step.issue();
		String key = issue.getId() + "/escalation/" + step.level().getLiteral();
		String subject = issue.getId() + " escalated to " + Labels.level(step.level()) + ": " + issue.getTitle();
		List<Notification> queued = new ArrayList<>();
		for (Person person : people) {
			add(queued, Outbox.queue(engagement, key, person, issue, subject, body(issue, "The issue is now yours to move: it was "
					+ "escalated to " + Labels.level(step.level()) + " at " + MOMENT.format(step.at()) + ".", step.reason(),
					step.at()), step.reason(), step.at()));
		}
		for (Person informed : informed(issue, people)) {
			add(queued, Outbox.queue(engagement, key, informed, issue, subject, body(issue, "For your information: the issue was "
					+ "escalated to " + Labels.level(step.level()) + (people.isEmpty() ? "" : " (" + names(people) + ")") + " at "
					+ MOMENT.format(step.at()) + ".", step.reason(), step.at()), step.reason() + " (kept informed)", step.at()));
		}
		return queued;
	}

	/** The new support owner, and the partner manager, who stays the partner's contact. */
	static List<Notification> assigned(Engagement engagement, PartnerIssue issue, Person owner, Instant at) {
		String key = issue.getId() + "/owner/" + owner.getId();
		String subject = issue.getId() + " is owned by " + owner.getName() + " (partner support): " + issue.getTitle();
		List<Notification> queued = new ArrayList<>();
		String reason = "partner support owns the resolution";
		add(queued, Outbox.queue(engagement, key, owner, issue, subject, body(issue, "You own the resolution of this issue: "
				+ "keep the partner's timetable and updates, and close it when the partner confirms.", reason, at), reason, at));
		if (issue.getOwner() != null && issue.getOwner() != owner) {
			add(queued, Outbox.queue(engagement, key, issue.getOwner(), issue, subject, body(issue, owner.getName()
					+ " in partner support owns the resolution; you stay the partner's contact and are kept informed.", reason, at),
					reason + " (kept informed)", at));
		}
		return queued;
	}

	/** The partner manager hears that the issue is resolved and awaits the partner's confirmation. */
	static List<Notification> resolved(PartnerIssue issue, Instant at) {
		List<Notification> queued = new ArrayList<>();
		if (issue.getOwner() != null && engagement(issue) != null) {
			String reason = "resolved, awaiting the partner's confirmation";
			add(queued, Outbox.queue(engagement(issue), issue.getId() + "/resolved/" + at.toEpochMilli(), issue.getOwner(), issue,
					issue.getId() + " resolved, awaiting confirmation: " + issue.getTitle(), body(issue, "The issue was resolved at "
							+ MOMENT.format(at) + ". It stays open until the partner confirms the resolution.", reason, at),
					reason + " (kept informed)", at));
		}
		return queued;
	}

	static Engagement engagement(PartnerIssue issue) {
		for (EObject at = issue.eContainer(); at != null; at = at.eContainer()) {
			if (at instanceof Engagement engagement) {
				return engagement;
			}
		}
		return null;
	}

	/** The notice's text: what happened, why, and the issue as it stood at {@code at}. */
	static String body(PartnerIssue issue, String what, String why, Instant at) {
		StringBuilder body = new StringBuilder();
		body.append(what).append("\n\nWhy: ").append(why).append(".\n\n");
		body.append(issue.getId()).append("  ").append(issue.getTitle()).append('\n');
		body.append("Partner: ").append(issue.getPartner() == null ? "-" : issue.getPartner().getName()).append('\n');
		body.append("Priority: ").append(Labels.priority(issue.getPriority())).append(", status: ")
				.append(Labels.status(new IssueClock(issue).statusAt(at))).append(", level: ")
				.append(Labels.level(KeyIssuesQuery.recordedLevel(issue, at))).append('\n');
		body.append("Raised: ").append(issue.getOpened() == null ? "-" : MOMENT.format(issue.getOpened().toInstant()))
				.append(issue.getRaisedBy() == null ? "" : " by " + issue.getRaisedBy()).append('\n');
		body.append("Owner (partner support): ").append(issue.getSupportOwner() == null ? "nobody yet" : issue.getSupportOwner().getName())
				.append('\n');
		body.append("Partner manager: ").append(issue.getOwner() == null ? "nobody" : issue.getOwner().getName()).append('\n');
		return body.toString();
	}

	static String names(Collection<? extends Person> people) {
		return people.stream().map(Person::getName).collect(Collectors.joining(", "));
	}

	/** The partner manager and the support owner, unless they are among {@code people} already. */
	private static Set<Person> informed(PartnerIssue issue, List<Person> people) {
		Set<Person> informed = new LinkedHashSet<>();
		if (issue.getOwner() != null) {
			informed.add(issue.getOwner());
		}
		if (issue.getSupportOwner() != null) {
			informed.add(issue.getSupportOwner());
		}
		informed.removeAll(people);
		return informed;
	}

	private static void add(List<Notification> queued, Notification notice) {
		if (notice != null) {
			queued.add(notice);
		}
	}
}

package org.fulcrum.issues;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;

/**
 * A recurring issue grows: an issue of the same partner and category raised within the
 * recurrence window after an earlier one is linked to it as a recurrence and raised one
 * priority above the higher of the two, so each repeat weighs more (docs/issues.md).
 */
public final class Recurrences {

	private final IssueRules rules;

	public Recurrences(IssueRules rules) {
		this.rules = rules;
	}

	/**
	 * The latest issue of the same partner and category raised before {@code issue} and no
	 * longer than the window before it (a window of exactly 90 days includes the 90th day's moment).
	 */
	public Optional<PartnerIssue> earlier(Engagement engagement, PartnerIssue issue) {
		if (issue.getOpened() == null || issue.getPartner() == null) {
			return Optional.empty();
		}
		Instant opened = issue.getOpened().toInstant();
		Instant windowStart = opened.minus(rules.recurrenceWindow());
		PartnerIssue latest = null;
		for (PartnerIssue other : engagement.getIssues()) {
			if (other == issue || other.getOpened() == null || other.getPartner() != issue.getPartner()
					|| !sameCategory(other, issue)) {
				continue;
			}
			Instant when = other.getOpened().toInstant();
			if (when.isBefore(opened) && !when.isBefore(windowStart)
					&& (latest == null || when.isAfter(latest.getOpened().toInstant()))) {
				latest = other;
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * Links {@code issue} to the issue it repeats, raises its priority and records both in the
	 * two timelines (internal events). Does nothing to an issue already linked or not a repeat.
	 */
	public Optional<PartnerIssue> link(Engagement engagement, PartnerIssue issue) {
		if (issue.getRecurrenceOf() != null) {
			return Optional.empty();
		}
		Optional<PartnerIssue> earlier = earlier(engagement, issue);
		earlier.ifPresent(first -> {
			Priority before = issue.getPriority();
			Priority higher = first.getPriority().getValue() < before.getValue() ? first.getPriority() : before;
			Priority raised = Priority.get(Math.max(0, higher.getValue() - 1));
			issue.setRecurrenceOf(first);
			if (!issue.getRelated().contains(first)) {
				issue.getRelated().add(first);
			}
			issue.setPriority(raised);
			long days = java.time.Duration.between(first.getOpened().toInstant(), issue.getOpened().toInstant()).toDays();
			issue.getTimeline().add(event(issue.getOpened(), "Recurrence no. " + occurrence(issue) + ": repeats " + first.getId()
					+ " (same partner and category, raised " + days + " days earlier); priority raised from "
					+ Labels.priority(before) + " to " + Labels.priority(raised) + "."));
			first.getTimeline().add(event(issue.getOpened(), "Recurred as " + issue.getId() + "."));
		});
		return earlier;
	}

	/** 1 for an issue that repeats nothing, 2 for the first repeat, and so on along the chain. */
	public static int occurrence(PartnerIssue issue) {
		int count = 1;
		for (PartnerIssue at = issue.getRecurrenceOf(); at != null && count < 1000; at = at.getRecurrenceOf()) {
			count++;
		}
		return count;
	}

	private static boolean sameCategory(PartnerIssue a, PartnerIssue b) {
		return a.getCategory() != null && b.getCategory() != null
				&& a.getCategory().strip().toLowerCase(Locale.ROOT).equals(b.getCategory().strip().toLowerCase(Locale.ROOT));
	}

	private static IssueEvent event(Date at, String text) {
		IssueEvent event = FulcrumFactory.eINSTANCE.createIssueEvent();
		event.setKind(IssueEventKind.RECURRENCE);
		event.setAt(at);
		event.setAuthor("Fulcrum");
		event.setText(text);
		return event;
	}
}

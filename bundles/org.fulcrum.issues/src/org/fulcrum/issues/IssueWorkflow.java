package org.fulcrum.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;

/**
 * The status workflow of a partner issue (new → triaged → in progress ⇄ waiting on partner →
 * resolved → closed, and reopen), updates and the timetable shared with the partner. An issue is
 * closed only with the partner's confirmation, or for a recorded reason. Every
 * change is an event in the issue's timeline with the status it moved to, so that the status
 * at any moment, and hence the escalation ladder, can be worked out again later.
 */
public final class IssueWorkflow {

	private static final Map<IssueStatus, Set<IssueStatus>> NEXT = Map.of(
			IssueStatus.NEW, EnumSet.of(IssueStatus.TRIAGED, IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED),
			IssueStatus.TRIAGED, EnumSet.of(IssueStatus.IN_PROGRESS, IssueStatus.WAITING_ON_PARTNER, IssueStatus.RESOLVED),
			IssueStatus.IN_PROGRESS, EnumSet.of(IssueStatus.WAITING_ON_PARTNER, IssueStatus.RESOLVED),
			IssueStatus.WAITING_ON_PARTNER, EnumSet.of(IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED),
			IssueStatus.RESOLVED, EnumSet.of(IssueStatus.CLOSED),
			IssueStatus.CLOSED, EnumSet.noneOf(IssueStatus.class));

	private IssueWorkflow() {
	}

	/**
	 * Moves the issue to {@code status} at {@code at}; the partner sees the change.
	 *
	 * @throws IllegalStateException when the workflow does not lead from the current status there
	 */
	public static void move(PartnerIssue issue, IssueStatus status, Instant at, String author) {
		IssueStatus from = issue.getStatus();
		if (!NEXT.get(from).contains(status)) {
			throw new IllegalStateException(issue.getId() + " cannot move from " + Labels.status(from) + " to "
					+ Labels.status(status) + "; from " + Labels.status(from) + " it can go to " + NEXT.get(from).stream()
							.map(Labels::status).toList() + (isDone(from) ? " or be reopened" : ""));
		}
		if (status == IssueStatus.CLOSED) {
			close(issue, at, author, null);
			return;
		}
		change(issue, status, at, author, "Status: " + Labels.status(status));
		if (status == IssueStatus.RESOLVED) {
			Notices.resolved(issue, at);
		}
	}

	/**
	 * Records that the partner confirmed the resolution ("don't expect what you're not willing to
	 * inspect"): only a resolved issue can be confirmed; the partner sees the confirmation.
	 *
	 * @param by who at the partner confirmed, in words
	 */
	public static void confirm(PartnerIssue issue, Instant at, String author, String by) {
		if (issue.getStatus() != IssueStatus.RESOLVED) {
			throw new IllegalStateException(issue.getId() + " is " + Labels.status(issue.getStatus())
					+ "; the partner can confirm only a resolved issue");
		}
		if (by == null || by.isBlank()) {
			throw new IllegalArgumentException(issue.getId() + ": say who at the partner confirmed the resolution");
		}
		IssueEvent event = event(issue, IssueEventKind.CONFIRMATION, at, author, "Resolution confirmed by " + by.strip());
		event.setVisibleToPartner(true);
		issue.setConfirmedBy(by.strip());
		issue.setConfirmedAt(Date.from(at));
	}

	/**
	 * Closes a resolved issue: with the partner's confirmation, or without it only for a recorded
	 * reason (the partner cannot be reached, the partner withdrew the issue, …), which the timeline
	 * keeps.
	 *
	 * @throws IllegalStateException when the issue is not resolved, or is unconfirmed and no reason is given
	 */
	public static void close(PartnerIssue issue, Instant at, String author, String reason) {
		if (issue.getStatus() != IssueStatus.RESOLVED) {
			throw new IllegalStateException(issue.getId() + " is " + Labels.status(issue.getStatus())
					+ "; only a resolved issue can be closed");
		}
		boolean confirmed = issue.getConfirmedBy() != null && !issue.getConfirmedBy().isBlank();
		if (!confirmed && (reason == null || reason.isBlank())) {
			throw new IllegalStateException(issue.getId() + " is resolved but the partner has not confirmed it; record the "
					+ "partner's confirmation, or give the reason for closing without it");
		}
		if (!confirmed) {
			issue.setCloseReason(reason.strip());
		}
		change(issue, IssueStatus.CLOSED, at, author, confirmed ? "Status: closed (confirmed by " + issue.getConfirmedBy() + ")"
				: "Status: closed without the partner's confirmation: " + reason.strip());
	}

	/** Reopens a resolved or closed issue: back in progress, with the reason in the timeline. */
	public static void reopen(PartnerIssue issue, Instant at, String author, String reason) {
		if (!isDone(issue.getStatus())) {
			throw new IllegalStateException(issue.getId() + " is " + Labels.status(issue.getStatus())
					+ "; only a resolved or closed issue can be reopened");
		}
		change(issue, IssueStatus.IN_PROGRESS, at, author, "Reopened: " + reason);
		issue.setConfirmedBy(null);
		issue.setConfirmedAt(null);
		issue.setCloseReason(null);
	}

	/** A progress update; {@code shared} ones are part of what the partner sees, the others are internal notes. */
	public static IssueEvent update(PartnerIssue issue, Instant at, String author, String text, boolean shared) {
		IssueEvent event = event(issue, shared ? IssueEventKind.UPDATE : IssueEventKind.NOTE, at, author, text);
		event.setVisibleToPartner(shared);
		return event;
	}

	/** A date promised to the partner, added to the shared timetable and announced in the timeline. */
	public static Commitment commit(PartnerIssue issue, String description, LocalDate due, Instant at, String author) {
		Commitment commitment = FulcrumFactory.eINSTANCE.createCommitment();
		commitment.setDescription(description);
		commitment.setDue(due);
		issue.getCommitments().add(commitment);
		IssueEvent event = event(issue, IssueEventKind.COMMITMENT, at, author, "Committed: " + description + " by " + due);
		event.setVisibleToPartner(true);
		return commitment;
	}

	private static void change(PartnerIssue issue, IssueStatus status, Instant at, String author, String text) {
		IssueEvent event = event(issue, IssueEventKind.STATUS_CHANGE, at, author, text);
		event.setStatus(status);
		event.setVisibleToPartner(true);
		issue.setStatus(status);
	}

	private static IssueEvent event(PartnerIssue issue, IssueEventKind kind, Instant at, String author, String text) {
		if (issue.getOpened() != null && at.isBefore(issue.getOpened().toInstant())) {
			throw new IllegalArgumentException(issue.getId() + ": an event at " + at + " would come before the issue was raised ("
					+ issue.getOpened().toInstant() + ")");
		}
		IssueEvent event = FulcrumFactory.eINSTANCE.createIssueEvent();
		event.setKind(kind);
		event.setAt(Date.from(at));
		event.setAuthor(author);
		event.setText(text);
		issue.getTimeline().add(event);
		return event;
	}

	private static boolean isDone(IssueStatus status) {
		return status == IssueStatus.RESOLVED || status == IssueStatus.CLOSED;
	}
}

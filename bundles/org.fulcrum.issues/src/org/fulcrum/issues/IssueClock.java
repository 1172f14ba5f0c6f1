package org.fulcrum.issues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;

/**
 * An issue's history read from its timeline, so that anything about it can be computed as of
 * a given moment and gives the same answer whenever it is run: its status then, when the
 * partner first heard back, and how long it has been worked on (the resolution clock).
 */
public final class IssueClock {

	private final PartnerIssue issue;
	private final Instant opened;
	private final List<IssueEvent> changes;

	public IssueClock(PartnerIssue issue) {
		this.issue = issue;
		this.opened = issue.getOpened() == null ? Instant.EPOCH : issue.getOpened().toInstant();
		this.changes = new ArrayList<>();
		for (IssueEvent event : issue.getTimeline()) {
			if (event.getKind() == IssueEventKind.STATUS_CHANGE && event.isSetStatus() && event.getAt() != null) {
				changes.add(event);
			}
		}
		changes.sort(Comparator.comparing(IssueEvent::getAt)); // stable: same-moment changes keep their order
	}

	public PartnerIssue issue() {
		return issue;
	}

	public Instant opened() {
		return opened;
	}

	/** The status as of {@code at}: the last status change up to then, {@code new} before any. */
	public IssueStatus statusAt(Instant at) {
		IssueStatus status = IssueStatus.NEW;
		for (IssueEvent change : changes) {
			if (change.getAt().toInstant().isAfter(at)) {
				break;
			}
			status = change.getStatus();
		}
		return status;
	}

	/** Whether the issue was open (raised, not resolved or closed) at {@code at}. */
	public boolean isOpenAt(Instant at) {
		return !opened.isAfter(at) && !isDone(statusAt(at));
	}

	/**
	 * When the partner first heard back: the first update or commitment shared with the partner,
	 * or the issue being resolved, whichever came first.
	 */
	public Optional<Instant> firstResponse() {
		Instant first = null;
		for (IssueEvent event : issue.getTimeline()) {
			boolean shared = event.isVisibleToPartner()
					&& (event.getKind() == IssueEventKind.UPDATE || event.getKind() == IssueEventKind.COMMITMENT);
			boolean resolved = event.getKind() == IssueEventKind.STATUS_CHANGE && event.isSetStatus() && isDone(event.getStatus());
			if ((shared || resolved) && event.getAt() != null && (first == null || event.getAt().toInstant().isBefore(first))) {
				first = event.getAt().toInstant();
			}
		}
		return Optional.ofNullable(first);
	}

	/**
	 * The moment the resolution clock reaches {@code worked}: never before the moment itself,
	 * so only the history up to then counts, and the answer for a moment in the past stays the
	 * same when later events are added. The clock runs while the issue is new, triaged or in
	 * progress; it stops while the issue waits on the partner (who holds it then) and while it
	 * is resolved or closed. Empty when the issue's last status stops the clock before then.
	 */
	public Optional<Instant> whenWorked(Duration worked) {
		Duration left = worked;
		Instant from = opened;
		IssueStatus status = IssueStatus.NEW;
		for (IssueEvent change : changes) {
			Instant to = change.getAt().toInstant();
			if (to.isAfter(from)) {
				if (runs(status)) {
					Duration span = Duration.between(from, to);
					if (left.compareTo(span) < 0) { // resolved exactly at the target: the target was met
						return Optional.of(from.plus(left));
					}
					left = left.minus(span);
				}
				from = to;
			}
			status = change.getStatus();
		}
		return runs(status) ? Optional.of(from.plus(left)) : Optional.empty();
	}

	/**
	 * The moments an update to the partner fell due and none came, up to {@code asOf}: counted
	 * from every event the partner saw (an update, a promise, a status change, the confirmation),
	 * one {@code cadence} later, while the issue was new, triaged or in progress then (not while it
	 * waited on the partner or was resolved). An update exactly at the moment is in time. One lapse
	 * per silence: it lasts until the next shared event.
	 */
	public List<Instant> updateLapses(Duration cadence, Instant asOf) {
		List<Instant> shared = new ArrayList<>();
		for (IssueEvent event : issue.getTimeline()) {
			if (isShared(event) && !event.getAt().toInstant().isAfter(asOf)) {
				shared.add(event.getAt().toInstant());
			}
		}
		shared.add(opened);
		shared.sort(null);
		List<Instant> lapses = new ArrayList<>();
		for (int i = 0; i < shared.size(); i++) {
			Instant due = shared.get(i).plus(cadence);
			boolean answered = i + 1 < shared.size() && !shared.get(i + 1).isAfter(due);
			if (!answered && !due.isAfter(asOf) && runs(statusAt(due)) && !lapses.contains(due)) {
				lapses.add(due);
			}
		}
		return lapses;
	}

	/** The last moment by {@code asOf} the partner saw something of the issue (its receipt at the latest). */
	public Instant lastShared(Instant asOf) {
		Instant last = opened;
		for (IssueEvent event : issue.getTimeline()) {
			Instant at = event.getAt() == null ? null : event.getAt().toInstant();
			if (isShared(event) && !at.isAfter(asOf) && at.isAfter(last)) {
				last = at;
			}
		}
		return last;
	}

	/**
	 * Since when the issue lacks the timetable it needs as of {@code asOf}: an issue still open when
	 * its response target passed takes longer than that, and the partner must have been given a
	 * date (a promise shared with them). Empty when it has one by then, or does not need one.
	 */
	public Optional<Instant> timetableMissingSince(Duration response, Instant asOf) {
		Instant due = opened.plus(response);
		if (due.isAfter(asOf) || !isOpenAt(due) || !isOpenAt(asOf)) {
			return Optional.empty();
		}
		boolean promised = issue.getTimeline().stream().anyMatch(e -> e.getKind() == IssueEventKind.COMMITMENT
				&& e.isVisibleToPartner() && e.getAt() != null && !e.getAt().toInstant().isAfter(asOf));
		return promised ? Optional.empty() : Optional.of(due);
	}

	/**
	 * Since when the issue has been resolved without the partner confirming it, as of {@code asOf}:
	 * empty unless it is resolved then (not closed) and no confirmation came after that resolution.
	 */
	public Optional<Instant> unconfirmedSince(Instant asOf) {
		if (statusAt(asOf) != IssueStatus.RESOLVED) {
			return Optional.empty();
		}
		Instant resolved = null;
		for (IssueEvent change : changes) {
			if (!change.getAt().toInstant().isAfter(asOf) && change.getStatus() == IssueStatus.RESOLVED) {
				resolved = change.getAt().toInstant();
			}
		}
		Instant since = resolved == null ? opened : resolved;
		boolean confirmed = issue.getTimeline().stream().anyMatch(e -> e.getKind() == IssueEventKind.CONFIRMATION
				&& e.getAt() != null && !e.getAt().toInstant().isBefore(since) && !e.getAt().toInstant().isAfter(asOf));
		return confirmed ? Optional.empty() : Optional.of(since);
	}

	private static boolean isShared(IssueEvent event) {
		return event.isVisibleToPartner() && event.getAt() != null
				&& (event.getKind() == IssueEventKind.UPDATE || event.getKind() == IssueEventKind.COMMITMENT
						|| event.getKind() == IssueEventKind.STATUS_CHANGE || event.getKind() == IssueEventKind.CONFIRMATION);
	}

	private static boolean runs(IssueStatus status) {
		return status == IssueStatus.NEW || status == IssueStatus.TRIAGED || status == IssueStatus.IN_PROGRESS;
	}

	static boolean isDone(IssueStatus status) {
		return status == IssueStatus.RESOLVED || status == IssueStatus.CLOSED;
	}
}

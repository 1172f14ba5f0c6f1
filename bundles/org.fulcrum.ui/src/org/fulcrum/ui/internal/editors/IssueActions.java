package org.fulcrum.ui.internal.editors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.fulcrum.issues.EscalationStep;
import org.fulcrum.issues.IssueReview;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.Ownership;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.edit.RecordedChange;

/**
 * What the partner issue editor does to an issue beyond setting a field: escalation (with the VP
 * rules), the support owner, shared updates, status moves, the partner's confirmation and closing. Each runs the issues bundle's own rules (the ones the command line
 * runs) while recording, and goes on the engagement's command stack as one command, so that
 * the rules stay in one place and Undo takes the whole change back.
 */
final class IssueActions {

	private final EngagementSession session;
	private final PartnerIssue issue;
	private final String author;

	IssueActions(EngagementSession session, PartnerIssue issue, String author) {
		this.session = session;
		this.issue = issue;
		this.author = author;
	}

	/**
	 * Takes the escalation steps due as of {@code asOf} for every open issue of the engagement,
	 * with the VP rules and their notices, as {@code ./fulcrum issues escalate} does: the ladder is the engagement's daily job, and
	 * escalating only the issue on screen would leave the others' steps for later out of order.
	 */
	List<EscalationStep> escalate(Instant asOf) {
		List<EscalationStep> applied = new ArrayList<>();
		RecordedChange change = RecordedChange.record(session.engagement(), "Escalate as of " + asOf,
				() -> applied.addAll(IssueReview.run(session.engagement(), asOf).escalations()));
		run(change);
		return applied;
	}

	/** Makes {@code person} the support owner (partner support owns the resolution); the new owner and the partner manager are told. */
	void assign(Person person, Instant at) {
		run(RecordedChange.record(session.engagement(), "Support owner " + person.getName(),
				() -> Ownership.assign(session.engagement(), issue, person, at, author)));
	}

	/** Records that the partner confirmed the resolution ({@code by}: who at the partner). */
	void confirm(String by, Instant at) {
		run(RecordedChange.record(session.engagement(), "Resolution confirmed", () -> IssueWorkflow.confirm(issue, at, author, by)));
	}

	/**
	 * Closes the resolved issue: confirmed, or without confirmation for {@code reason}.
	 *
	 * @throws IllegalStateException when it is not resolved, or unconfirmed and no reason is given
	 */
	void close(String reason, Instant at) {
		run(RecordedChange.record(session.engagement(), "Close", () -> IssueWorkflow.close(issue, at, author, reason)));
	}

	/** Whether closing needs a reason: the partner has not confirmed the resolution. */
	boolean closingNeedsReason() {
		return issue.getConfirmedBy() == null || issue.getConfirmedBy().isBlank();
	}

	/** Adds an update the partner sees (an {@code update} event marked visible). */
	void shareUpdate(String text, Instant at) {
		run(RecordedChange.record(session.engagement(), "Partner update",
				() -> IssueWorkflow.update(issue, at, author, text.strip(), true)));
	}

	/**
	 * Moves the issue along the workflow; a resolved or closed issue asked to go back in progress is
	 * reopened, with the reason in the timeline.
	 *
	 * @throws IllegalStateException naming where the issue can go when the workflow does not lead there
	 */
	void move(IssueStatus status, Instant at, String reopenReason) {
		boolean reopen = isReopen(status);
		run(RecordedChange.record(session.engagement(), "Status " + status.getLiteral(), () -> {
			if (reopen) {
				IssueWorkflow.reopen(issue, at, author, reopenReason);
			} else {
				IssueWorkflow.move(issue, status, at, author);
			}
		}));
	}

	/** Whether moving to {@code status} is a reopen, which needs a reason. */
	boolean isReopen(IssueStatus status) {
		return status == IssueStatus.IN_PROGRESS
				&& (issue.getStatus() == IssueStatus.RESOLVED || issue.getStatus() == IssueStatus.CLOSED);
	}

	private void run(RecordedChange change) {
		if (!change.isEmpty()) {
			CommandStack stack = session.editingDomain().getCommandStack();
			stack.execute(change);
		}
	}
}

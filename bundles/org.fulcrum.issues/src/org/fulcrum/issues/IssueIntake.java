package org.fulcrum.issues;

import java.util.Date;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;

/**
 * Takes a partner issue in: a new issue at the bottom of the escalation ladder, its receipt in
 * the timeline (shared with the partner), linked as a recurrence where it repeats an earlier
 * one, and owned by a named person in partner support where the escalation path names one.
 */
public final class IssueIntake {

	private final Recurrences recurrences;

	public IssueIntake(IssueRules rules) {
		this.recurrences = new Recurrences(rules);
	}

	/** @throws IllegalArgumentException naming what the request lacks */
	public PartnerIssue take(Engagement engagement, IntakeRequest request) {
		require(request.partner() != null, "the partner");
		require(request.title() != null && !request.title().isBlank(), "a title");
		require(request.category() != null && !request.category().isBlank(), "a category");
		require(request.at() != null, "the moment it was raised");
		require(request.priority() != null, "a priority");
		PartnerIssue issue = FulcrumFactory.eINSTANCE.createPartnerIssue();
		issue.setId(IssueIds.next(engagement));
		issue.setTitle(request.title().strip());
		issue.setDescription(request.description());
		issue.setPartner(request.partner());
		issue.setRaisedBy(request.raisedBy());
		issue.setChannel(request.channel());
		issue.setCategory(request.category().strip());
		issue.setPriority(request.priority());
		issue.setOwner(request.owner());
		issue.setStatus(IssueStatus.NEW);
		issue.setEscalation(EscalationLevel.CHANNEL_MANAGER);
		issue.setOpened(Date.from(request.at()));
		IssueEvent received = FulcrumFactory.eINSTANCE.createIssueEvent();
		received.setKind(IssueEventKind.STATUS_CHANGE);
		received.setStatus(IssueStatus.NEW);
		received.setAt(issue.getOpened());
		received.setVisibleToPartner(true);
		received.setText("Received by " + request.channel().getLiteral() + ": " + issue.getTitle());
		issue.getTimeline().add(received);
		engagement.getIssues().add(issue);
		recurrences.link(engagement, issue);
		Person support = request.supportOwner() != null ? request.supportOwner() : Ownership.defaultOwner(engagement);
		if (support != null) {
			Ownership.assign(engagement, issue, support, request.at(), "Fulcrum intake");
		}
		return issue;
	}

	private static void require(boolean present, String what) {
		if (!present) {
			throw new IllegalArgumentException("a partner issue needs " + what);
		}
	}
}

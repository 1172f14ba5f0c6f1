package org.fulcrum.issues;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;

/**
 * Who owns an issue's resolution: a named person in partner support, the place partners call.
 * The partner manager (the issue's {@code owner}) is the starting point and stays the partner's
 * contact, kept informed, but is not saddled with the resolution (partner-issue-resolution.txt).
 */
public final class Ownership {

	private Ownership() {
	}

	/**
	 * Makes {@code person} the support owner as of {@code at}: an internal assignment event and a
	 * notice to the new owner and to the partner manager.
	 *
	 * @throws IllegalArgumentException when the person is not one of the engagement's people, or the moment precedes the intake
	 */
	public static void assign(Engagement engagement, PartnerIssue issue, Person person, Instant at, String author) {
		if (person == null || !engagement.getPeople().contains(person)) {
			throw new IllegalArgumentException(issue.getId() + ": the support owner must be one of the engagement's people");
		}
		if (issue.getOpened() != null && at.isBefore(issue.getOpened().toInstant())) {
			throw new IllegalArgumentException(issue.getId() + ": an assignment at " + at + " would come before the issue was raised ("
					+ issue.getOpened().toInstant() + ")");
		}
		if (issue.getSupportOwner() == person) {
			return;
		}
		Person before = issue.getSupportOwner();
		issue.setSupportOwner(person);
		IssueEvent event = FulcrumFactory.eINSTANCE.createIssueEvent();
		event.setKind(IssueEventKind.ASSIGNMENT);
		event.setAt(Date.from(at));
		event.setAuthor(author);
		event.setText("Owned by " + person.getName() + " (partner support)" + (before == null ? "" : ", was " + before.getName())
				+ (issue.getOwner() == null ? "" : "; " + issue.getOwner().getName() + " stays the partner's contact") + ".");
		event.getPeople().add(person);
		issue.getTimeline().add(event);
		Notices.assigned(engagement, issue, person, at);
	}

	/** Who takes new issues: the first person the escalation path names at partner support, if any. */
	public static Person defaultOwner(Engagement engagement) {
		List<Person> support = EscalationPath.people(engagement, EscalationLevel.PARTNER_SUPPORT);
		return support.isEmpty() ? null : support.get(0);
	}
}

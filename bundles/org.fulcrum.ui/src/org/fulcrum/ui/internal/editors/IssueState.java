package org.fulcrum.ui.internal.editors;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.IssueClock;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.KeyIssues;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.issues.Labels;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.Notification;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;

/**
 * The lines the partner issue editor shows above the timeline, computed by the issues bundle as
 * of a moment: who owns the issue and who is kept informed, the escalation path and who it was
 * escalated to, whether the partner confirmed the resolution, and what the partner is owed
 * (an overdue update, a missing timetable, a broken promise).
 */
final class IssueState {

	private IssueState() {
	}

	static String describe(Engagement engagement, PartnerIssue issue, Instant asOf) {
		List<String> lines = new ArrayList<>();
		lines.add("Owner: " + (issue.getSupportOwner() == null ? "nobody in partner support — assign one" : issue.getSupportOwner().getName()
				+ " (partner support)") + "; partner's contact, kept informed: "
				+ (issue.getOwner() == null ? "nobody" : issue.getOwner().getName()));
		List<String> path = new ArrayList<>();
		for (EscalationLevel level : EscalationLevel.VALUES) {
			List<Person> people = EscalationPath.people(engagement, level);
			if (!people.isEmpty()) {
				path.add(Labels.level(level) + ": " + names(people));
			}
		}
		lines.add("Escalation path: " + (path.isEmpty() ? "nobody named (issues path)" : String.join("; ", path)) + ". At "
				+ Labels.level(issue.getEscalation()) + (issue.getEscalatedTo().isEmpty() ? "" : ", with " + names(issue.getEscalatedTo()))
				+ ".");
		lines.add(confirmation(issue, asOf));
		KeyIssues key = new KeyIssuesQuery(IssueRules.of(engagement)).of(engagement, asOf);
		List<String> owed = new ArrayList<>();
		key.lapses().stream().filter(l -> l.issue() == issue)
				.forEach(l -> owed.add(l.kind().label() + " since " + Labels.moment(l.since())));
		key.brokenCommitments().stream().filter(b -> b.issue() == issue).forEach(b -> owed.add("promise '"
				+ b.commitment().getDescription() + "' broken (" + b.daysLate() + " day" + (b.daysLate() == 1 ? "" : "s") + " late)"));
		lines.add("Owed to the partner: " + (owed.isEmpty() ? "nothing" : String.join("; ", owed)) + ".");
		List<Notification> notices = engagement.getOutbox().stream().filter(n -> n.getIssue() == issue).toList();
		long pending = notices.stream().filter(n -> n.getSent() == null).count();
		lines.add("Notices: " + notices.size() + (notices.isEmpty() ? "" : " (" + pending + " pending), last to "
				+ notices.get(notices.size() - 1).getTo().getName() + ": " + notices.get(notices.size() - 1).getReason()) + ".");
		return String.join("\n", lines);
	}

	private static String confirmation(PartnerIssue issue, Instant asOf) {
		if (issue.getStatus() == IssueStatus.CLOSED) {
			return issue.getConfirmedBy() != null ? "Closed, confirmed by " + issue.getConfirmedBy() + "."
					: "Closed without the partner's confirmation: " + (issue.getCloseReason() == null ? "no reason recorded"
							: issue.getCloseReason()) + ".";
		}
		if (issue.getStatus() != IssueStatus.RESOLVED) {
			return "Open: closes only when the partner confirms the resolution.";
		}
		if (issue.getConfirmedBy() != null) {
			return "Resolved and confirmed by " + issue.getConfirmedBy() + ": it can be closed.";
		}
		return new IssueClock(issue).unconfirmedSince(asOf).map(since -> "Resolved " + Labels.moment(since) + ", NOT CONFIRMED by the "
				+ "partner for " + Duration.between(since, asOf).toDays() + " days: it stays in the key issues until confirmed.")
				.orElse("Resolved, awaiting the partner's confirmation.");
	}

	private static String names(List<Person> people) {
		return people.stream().map(Person::getName).collect(Collectors.joining(", "));
	}
}

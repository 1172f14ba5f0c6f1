package org.fulcrum.issues.internal;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.Labels;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationContact;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;

/**
 * Checks of partner issues, contributed to {@code org.fulcrum.core.rules}: targets that can be
 * met, a promise with a date, a named support owner and a partner manager for every issue past
 * intake ("if it's not someone's job, it's no one's job"), an escalation path of named people,
 * and no issue closed without the partner's confirmation or a reason.
 */
public final class IssueChecks implements ValidationRule {

	static final String SOURCE = "org.fulcrum.issues";

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		if (engagement.getIssuePolicy() != null) {
			checkPolicy(engagement.getIssuePolicy(), diagnostics);
		}
		for (PartnerIssue issue : engagement.getIssues()) {
			boolean pastIntake = issue.getStatus() != IssueStatus.NEW && issue.getStatus() != IssueStatus.CLOSED;
			if (issue.getSupportOwner() == null && pastIntake) {
				add(diagnostics, Diagnostic.WARNING, 2, issue, "Issue " + issue.getId() + " (" + issue.getTitle() + ") is "
						+ Labels.status(issue.getStatus()) + " but nobody in partner support owns its resolution. Assign a named "
						+ "person: if it is not someone's job, it is no one's job.");
			}
			if (issue.getOwner() == null && pastIntake) {
				add(diagnostics, Diagnostic.WARNING, 2, issue, "Issue " + issue.getId() + " (" + issue.getTitle() + ") has no "
						+ "partner manager: name the partner's contact, who is kept informed.");
			}
			if (issue.getStatus() == IssueStatus.CLOSED && isBlank(issue.getConfirmedBy()) && isBlank(issue.getCloseReason())) {
				add(diagnostics, Diagnostic.WARNING, 5, issue, "Issue " + issue.getId() + " (" + issue.getTitle() + ") is closed "
						+ "without the partner's confirmation and without a reason. Record either: don't expect what you're not "
						+ "willing to inspect.");
			}
			for (Commitment commitment : issue.getCommitments()) {
				if (commitment.getDue() == null) {
					add(diagnostics, Diagnostic.ERROR, 3, commitment, "A promise to the partner in issue " + issue.getId() + " ('"
							+ commitment.getDescription() + "') has no date. Add the date promised: the timetable is what the "
							+ "partner plans by.");
				}
			}
		}
	}

	private static void checkPolicy(IssuePolicy policy, DiagnosticChain diagnostics) {
		if (policy.getRecurrenceWindowDays() < 0) {
			add(diagnostics, Diagnostic.ERROR, 1, policy, "The recurrence window is " + policy.getRecurrenceWindowDays()
					+ " days; it must be 0 or more (90 is Fulcrum's default).");
		}
		for (EscalationContact contact : policy.getEscalationPath()) {
			if (contact.getPerson() == null) {
				add(diagnostics, Diagnostic.ERROR, 4, contact, "The escalation path has an entry at "
						+ Labels.level(contact.getLevel()) + " without a person. Name who takes issues at that level.");
			}
		}
		IssueRules rules = IssueRules.of((Engagement) policy.eContainer());
		if (rules.informVp().any() && policy.getEscalationPath().stream()
				.noneMatch(c -> c.getLevel() == EscalationLevel.VP_OF_CHANNELS && c.getPerson() != null)) {
			add(diagnostics, Diagnostic.WARNING, 4, policy, "The VP rules are on but nobody is named at VP of channels on the "
					+ "escalation path, so nobody can be informed. Name the VP of channels, or turn the rules off.");
		}
		Set<Priority> seen = EnumSet.noneOf(Priority.class);
		for (PriorityTarget target : policy.getTargets()) {
			String priority = Labels.priority(target.getPriority());
			if (!seen.add(target.getPriority())) {
				add(diagnostics, Diagnostic.ERROR, 1, target, "The issue policy sets the targets of " + priority
						+ " twice. Keep one.");
			}
			if (target.getUpdateHours() < 0) {
				add(diagnostics, Diagnostic.ERROR, 1, target, "The " + priority + " update cadence is " + target.getUpdateHours()
						+ " h; it must be at least 1 hour, or 0 for Fulcrum's default.");
			}
			if (target.getResponseHours() <= 0 || target.getResolutionHours() <= 0) {
				add(diagnostics, Diagnostic.ERROR, 1, target, "The " + priority + " targets are " + target.getResponseHours()
						+ " h to respond and " + target.getResolutionHours() + " h to resolve; both must be at least 1 hour.");
			} else if (target.getResolutionHours() < target.getResponseHours()) {
				add(diagnostics, Diagnostic.ERROR, 1, target, "The " + priority + " resolution target (" + target.getResolutionHours()
						+ " h) is shorter than its response target (" + target.getResponseHours() + " h). Make it at least as long.");
			}
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static void add(DiagnosticChain diagnostics, int severity, int code, EObject about, String message) {
		diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { about }));
	}
}

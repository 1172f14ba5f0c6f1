package org.fulcrum.issues.internal;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.issues.Labels;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;

/**
 * Checks of partner issues, contributed to {@code org.fulcrum.core.rules}: targets that can be
 * met, a promise with a date, and an owner for every issue past intake ("if it's not someone's
 * job, it's no one's job").
 */
public final class IssueChecks implements ValidationRule {

	static final String SOURCE = "org.fulcrum.issues";

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		if (engagement.getIssuePolicy() != null) {
			checkPolicy(engagement.getIssuePolicy(), diagnostics);
		}
		for (PartnerIssue issue : engagement.getIssues()) {
			if (issue.getOwner() == null && issue.getStatus() != IssueStatus.NEW && issue.getStatus() != IssueStatus.CLOSED) {
				add(diagnostics, Diagnostic.WARNING, 2, issue, "Issue " + issue.getId() + " (" + issue.getTitle() + ") is "
						+ Labels.status(issue.getStatus()) + " but nobody owns it. Make a partner manager its owner: if it is "
						+ "not someone's job, it is no one's job.");
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
		Set<Priority> seen = EnumSet.noneOf(Priority.class);
		for (PriorityTarget target : policy.getTargets()) {
			String priority = Labels.priority(target.getPriority());
			if (!seen.add(target.getPriority())) {
				add(diagnostics, Diagnostic.ERROR, 1, target, "The issue policy sets the targets of " + priority
						+ " twice. Keep one.");
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

	private static void add(DiagnosticChain diagnostics, int severity, int code, EObject about, String message) {
		diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { about }));
	}
}

package org.fulcrum.core.internal.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RelationshipGroup;

/** A 360° without the participant's manager misses the view development plans are agreed with. */
final class ManagerAmongRaters implements ValidationRule {

	static final int CODE = 5;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		for (Assessment assessment : engagement.getAssessments()) {
			boolean hasManager = assessment.getInvitations().stream()
					.anyMatch(i -> i.getRelationship() == RelationshipGroup.MANAGER);
			if (!hasManager) {
				findings.warning(assessment, Labels.of(assessment) + " has no manager among its raters. Invite "
						+ (assessment.getSubject() != null && assessment.getSubject().getReportsTo() != null
								? Labels.of(assessment.getSubject().getReportsTo())
								: "the participant's manager")
						+ " as manager rater.");
			}
		}
	}
}

package org.fulcrum.core.internal.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;

/** The confidentiality thresholds protect raters only when they are at least one. */
final class PolicyInRange implements ValidationRule {

	static final int CODE = 2;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		ConfidentialityPolicy policy = engagement.getConfidentiality();
		Findings findings = new Findings(diagnostics, CODE);
		if (policy == null) {
			findings.error(engagement, "The engagement has no confidentiality policy. Add one (the default shows a rater group "
					+ "only when at least 3 raters of it answered).");
			return;
		}
		if (policy.getMinimumRaters() < 1) {
			findings.error(policy, "The minimum number of raters per group is " + policy.getMinimumRaters()
					+ "; it must be at least 1 (3 is usual) or single answers could be read off the report.");
		}
		if (policy.getMinimumCommenters() < 1) {
			findings.error(policy, "The minimum number of commenters is " + policy.getMinimumCommenters()
					+ "; it must be at least 1 (3 is usual).");
		}
	}
}

package org.fulcrum.assessment.policy;

import java.util.Date;

import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PolicyOverride;

/**
 * Changes to the confidentiality thresholds. Once collection has started (the first answers
 * came in), the policy is frozen: a rater who answered was promised a threshold, and lowering
 * it afterwards could expose them. A frozen policy changes only through an explicit override
 * with a reason, which is logged in the engagement for good.
 */
public final class PolicyChange {

	private PolicyChange() {
	}

	/** Freezes the policy when the first answers arrive; called by the response import. */
	public static void freezeForCollection(Engagement engagement) {
		policy(engagement).setFrozen(true);
	}

	/**
	 * Sets the minimum raters per group (and for comments).
	 *
	 * @param override required once the policy is frozen: who changes it and why
	 * @throws IllegalStateException when the policy is frozen and no override is given, or the minimum is below 1
	 */
	public static void setMinimum(Engagement engagement, int minimum, Override override) {
		if (minimum < 1) {
			throw new IllegalStateException("the minimum must be at least 1");
		}
		ConfidentialityPolicy policy = policy(engagement);
		if (policy.isFrozen()) {
			if (override == null || override.reason() == null || override.reason().isBlank()) {
				throw new IllegalStateException("the confidentiality policy is frozen because collection has started; "
						+ "changing it needs an explicit override with a reason, which is logged");
			}
			PolicyOverride logged = FulcrumFactory.eINSTANCE.createPolicyOverride();
			logged.setAt(new Date());
			logged.setBy(override.by());
			logged.setReason(override.reason());
			logged.setChange("minimum raters " + policy.getMinimumRaters() + " -> " + minimum + ", minimum commenters "
					+ policy.getMinimumCommenters() + " -> " + minimum);
			policy.getOverrides().add(logged);
		}
		policy.setMinimumRaters(minimum);
		policy.setMinimumCommenters(minimum);
	}

	/** Who overrides a frozen policy, and why. */
	public record Override(String by, String reason) {
	}

	private static ConfidentialityPolicy policy(Engagement engagement) {
		if (engagement.getConfidentiality() == null) {
			engagement.setConfidentiality(FulcrumFactory.eINSTANCE.createConfidentialityPolicy());
		}
		return engagement.getConfidentiality();
	}
}

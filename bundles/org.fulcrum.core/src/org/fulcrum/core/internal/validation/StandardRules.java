package org.fulcrum.core.internal.validation;

import java.util.List;

import org.fulcrum.core.validation.ValidationRule;

/**
 * Fulcrum's own rules, in the order their findings are listed. Rules about plans, sessions and
 * issues come from the bundles that own those concepts, through {@link ContributedRules}.
 */
public final class StandardRules {

	private StandardRules() {
	}

	public static List<ValidationRule> all() {
		return List.of(new UniqueIds(), new PolicyInRange(), new ResponsesOnScale(), new RatersInvitedOnce(),
				new ManagerAmongRaters(), new ReportingLinesEnd());
	}
}

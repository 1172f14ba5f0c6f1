package org.fulcrum.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.internal.validation.ContributedRules;
import org.fulcrum.core.internal.validation.EngagementDiagnostician;
import org.fulcrum.core.internal.validation.StandardRules;

/**
 * Validates an engagement: EMF's basic constraints (required values, dangling references) on
 * every object, then Fulcrum's rules on the whole document. The workbench's problems view and
 * {@code ./fulcrum validate} use this one entry, so they report the same problems.
 */
public final class EngagementValidation {


	private final List<ValidationRule> rules;

	/** Fulcrum's rules followed by {@code additionalRules}, e.g. those of a coaching or issues bundle. */
	public EngagementValidation(List<? extends ValidationRule> additionalRules) {
		List<ValidationRule> all = new ArrayList<>(StandardRules.all());
		all.addAll(additionalRules);
		this.rules = List.copyOf(all);
	}

	/**
	 * Validates with Fulcrum's standard rules and every rule installed plugins contribute to
	 * {@code org.fulcrum.core.rules} (e.g. the SMART checks of the coaching bundle).
	 */
	public static Diagnostic validate(EObject root) {
		return Installed.VALIDATION.check(root);
	}

	/** Reads the contributions on first use, when the platform has installed every plugin. */
	private static final class Installed {
		static final EngagementValidation VALIDATION = new EngagementValidation(
				ContributedRules.of(RegistryFactory.getRegistry()));
	}

	/** Validates the document {@code root} belongs to (or the object alone if it is not an engagement's). */
	public Diagnostic check(EObject root) {
		return new EngagementDiagnostician(rules).validate(root);
	}
}

package org.fulcrum.core.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Engagement;

/**
 * The rules plugins contribute to {@code org.fulcrum.core.rules}. A contribution that cannot be
 * created, or a rule that throws, becomes an error naming the plugin: a silently missing rule
 * would let a consultant believe a plan or an issue had been checked.
 */
public final class ContributedRules {

	public static final String EXTENSION_POINT = "org.fulcrum.core.rules";

	private ContributedRules() {
	}

	/** The contributed rules of {@code registry} (none without one, e.g. outside OSGi). */
	public static List<ValidationRule> of(IExtensionRegistry registry) {
		List<ValidationRule> rules = new ArrayList<>();
		if (registry == null) {
			return rules;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String plugin = element.getContributor().getName();
			try {
				Object created = element.createExecutableExtension("class");
				rules.add(created instanceof ValidationRule rule ? new Guarded(rule, plugin)
						: broken(plugin, element.getAttribute("class") + " does not implement " + ValidationRule.class.getName()));
			} catch (CoreException e) {
				rules.add(broken(plugin, element.getAttribute("class") + " cannot be created: " + e.getStatus().getMessage()));
			}
		}
		return rules;
	}

	private static ValidationRule broken(String plugin, String why) {
		return (engagement, diagnostics) -> new Findings(diagnostics, 0).error(engagement,
				"A validation rule of plugin " + plugin + " could not run: " + why + ". Its checks were not made.");
	}

	/** Runs a rule and turns a failure into an error, so that the other rules still run. */
	private record Guarded(ValidationRule rule, String plugin) implements ValidationRule {

		@Override
		public void check(Engagement engagement, DiagnosticChain diagnostics) {
			try {
				rule.check(engagement, diagnostics);
			} catch (RuntimeException e) {
				broken(plugin, rule.getClass().getName() + " failed with " + e).check(engagement, diagnostics);
			}
		}
	}
}

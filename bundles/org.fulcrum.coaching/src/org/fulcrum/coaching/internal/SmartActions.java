package org.fulcrum.coaching.internal;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.coaching.SmartCheck;
import org.fulcrum.coaching.SmartFinding;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Engagement;

/**
 * The SMART check as an EMF validation rule, contributed to {@code org.fulcrum.core.rules}, so
 * that {@code ./fulcrum validate}, {@code ./fulcrum plan check} and the workbench's problems
 * view show the same messages.
 */
public final class SmartActions implements ValidationRule {

	public static final String SOURCE = "org.fulcrum.coaching";

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		for (SmartFinding finding : SmartCheck.of(engagement)) {
			diagnostics.add(new BasicDiagnostic(finding.error() ? Diagnostic.ERROR : Diagnostic.WARNING, SOURCE,
					10 + finding.criterion().ordinal(), finding.message(), new Object[] { finding.action() }));
		}
	}
}

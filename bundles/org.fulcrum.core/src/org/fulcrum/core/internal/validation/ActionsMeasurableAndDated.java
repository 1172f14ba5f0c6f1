package org.fulcrum.core.internal.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Action;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;

/** "Good intentions" are not actions: an action needs a measure and a due date. */
final class ActionsMeasurableAndDated implements ValidationRule {

	static final int CODE = 6;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		for (TreeIterator<EObject> all = engagement.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof Assessment) {
				all.prune(); // responses hold no actions: skip the bulk of a large engagement
			} else if (next instanceof Action action) {
				if (isBlank(action.getMeasure())) {
					findings.warning(action, "The " + Labels.of(action) + " has no measure. Good intentions are not actions: add how "
							+ "progress will be measured.");
				}
				if (action.getDueDate() == null) {
					findings.warning(action, "The " + Labels.of(action) + " has no due date. Good intentions are not actions: add "
							+ "when it will be done.");
				}
			}
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}

package org.fulcrum.core.internal.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Identified;

/** Every id is set and used once in the document: references are written as ids. */
final class UniqueIds implements ValidationRule {

	static final int CODE = 1;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		Map<String, Identified> seen = new HashMap<>();
		visit(engagement, seen, findings);
		for (TreeIterator<EObject> all = engagement.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified identified) {
				visit(identified, seen, findings);
			}
		}
	}

	private static void visit(Identified identified, Map<String, Identified> seen, Findings findings) {
		String id = identified.getId();
		if (id == null || id.isBlank()) {
			findings.error(identified, "This " + Labels.kind(identified) + " has no id. Give it one that is unique in the engagement.");
			return;
		}
		Identified first = seen.putIfAbsent(id, identified);
		if (first != null) {
			findings.error(identified, "The id '" + id + "' is used twice: by " + Labels.of(first) + " and by " + Labels.of(identified)
					+ ". Ids must be unique in an engagement; rename one of them.");
		}
	}
}

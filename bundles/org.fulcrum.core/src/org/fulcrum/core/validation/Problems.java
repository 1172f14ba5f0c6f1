package org.fulcrum.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.internal.validation.Locations;

/** Flattens an EMF diagnostic tree into a list of problems, errors first. */
public final class Problems {

	private Problems() {
	}

	public static List<Problem> of(Diagnostic diagnostic) {
		List<Problem> problems = new ArrayList<>();
		collect(diagnostic, problems);
		problems.sort(Comparator.comparing(Problem::severity));
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
				problems.add(new Problem(severity(diagnostic), diagnostic.getMessage(), element, Locations.of(element)));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	private static Problem.Severity severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> Problem.Severity.ERROR;
		case Diagnostic.WARNING -> Problem.Severity.WARNING;
		default -> Problem.Severity.INFO;
		};
	}
}

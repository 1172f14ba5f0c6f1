package org.fulcrum.core.internal.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/** Builds Fulcrum's diagnostics: source {@code org.fulcrum.core}, the object concerned first in the data. */
final class Findings {

	static final String SOURCE = "org.fulcrum.core";

	private final DiagnosticChain chain;
	private final int code;

	Findings(DiagnosticChain chain, int code) {
		this.chain = chain;
		this.code = code;
	}

	void error(EObject about, String message) {
		chain.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message, new Object[] { about }));
	}

	void warning(EObject about, String message) {
		chain.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, code, message, new Object[] { about }));
	}
}

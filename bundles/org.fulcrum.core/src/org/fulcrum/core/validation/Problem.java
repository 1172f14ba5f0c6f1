package org.fulcrum.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found in an engagement.
 *
 * @param severity how bad it is
 * @param message what is wrong and what to do
 * @param element the object it is about, or null
 * @param location where that object is, e.g. {@code assessment A-pm-dvorak / invitation INV-0007}
 */
public record Problem(Severity severity, String message, EObject element, String location) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code error}, {@code warning} or {@code info}. */
	public String severityLabel() {
		return severity.name().toLowerCase(java.util.Locale.ROOT);
	}
}

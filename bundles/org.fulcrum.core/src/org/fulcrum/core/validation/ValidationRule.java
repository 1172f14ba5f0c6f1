package org.fulcrum.core.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.model.Engagement;

/**
 * One check of a whole engagement. Rules see the whole document at once so that each can
 * build the index it needs (items of an instrument, raters of an assessment) once and stay
 * linear on engagements of hundreds of thousands of responses.
 */
public interface ValidationRule {

	/**
	 * Adds a diagnostic for every problem found. Each diagnostic's first data element is the
	 * object the problem is about; its message says what is wrong and what to do, in words a
	 * consultant understands, and never puts a rater's name beside an answer.
	 */
	void check(Engagement engagement, DiagnosticChain diagnostics);
}

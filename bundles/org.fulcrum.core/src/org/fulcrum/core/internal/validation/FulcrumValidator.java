package org.fulcrum.core.internal.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Engagement;

/**
 * EMF's basic constraints on every object of the Fulcrum model, and Fulcrum's rules once on
 * the engagement at the root.
 */
final class FulcrumValidator extends EObjectValidator {

	private final List<ValidationRule> rules;

	FulcrumValidator(List<ValidationRule> rules) {
		this.rules = rules;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean basic = super.validate(eClass, eObject, diagnostics, context);
		if (eObject instanceof Engagement engagement && diagnostics != null) {
			for (ValidationRule rule : rules) {
				rule.check(engagement, diagnostics);
			}
		}
		return basic;
	}

	/**
	 * EMF's own check looks every id up in the whole resource, once per object: quadratic on a
	 * large engagement. {@link UniqueIds} finds duplicates in one pass instead.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}

package org.fulcrum.core.internal.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.FulcrumPackage;

/**
 * A diagnostician with its own validator registry, so that validating never changes EMF's
 * global one, and with labels that name people and items rather than Java objects.
 */
public final class EngagementDiagnostician extends Diagnostician {

	public EngagementDiagnostician(List<ValidationRule> rules) {
		super(registry(rules));
	}

	private static EValidator.Registry registry(List<ValidationRule> rules) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(FulcrumPackage.eINSTANCE, new FulcrumValidator(rules));
		return registry;
	}

	@Override
	public String getObjectLabel(EObject eObject) {
		return Labels.of(eObject);
	}
}

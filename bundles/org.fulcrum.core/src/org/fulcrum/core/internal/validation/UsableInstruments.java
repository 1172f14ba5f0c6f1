package org.fulcrum.core.internal.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.InstrumentDefinitionRules;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;

/** The engagement's copies of its instruments pass the rules a plugin's definition must pass to be installed. */
final class UsableInstruments implements ValidationRule {

	static final int CODE = 7;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		for (Instrument instrument : engagement.getInstruments()) {
			for (InstrumentDefinitionRules.Fault fault : InstrumentDefinitionRules.check(instrument)) {
				if (fault.aboutIds()) {
					continue; // UniqueIds reports those across the whole engagement
				}
				findings.error(fault.about(), "Instrument " + instrument.getId() + ": " + fault.message() + ".");
			}
		}
	}
}

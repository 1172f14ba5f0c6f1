package org.fulcrum.core.internal.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.query.ReportingLines;

/** Nobody reports to themselves, and reporting lines never run in a circle: the manager of a 360° must be someone else. */
final class ReportingLinesEnd implements ValidationRule {

	static final int CODE = 6;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		Set<Person> reported = new HashSet<>();
		for (Person person : engagement.getPeople()) {
			if (!(person instanceof PartnerManager participant) || participant.getReportsTo() == null) {
				continue;
			}
			if (participant.getReportsTo() == participant) {
				findings.error(participant, Labels.of(participant) + " reports to themselves. Set reports-to to their manager.");
				reported.add(participant);
				continue;
			}
			List<Person> cycle = ReportingLines.cycle(participant);
			// A circle is reported once, at the first of its people in the file.
			if (!cycle.isEmpty() && cycle.contains(participant) && reported.add(participant)) {
				reported.addAll(cycle);
				findings.error(participant, Labels.of(participant) + " is in a circle of reporting lines ("
						+ ReportingLines.describeCycle(participant) + "). Someone in it must report outside it, or to nobody.");
			}
		}
	}
}

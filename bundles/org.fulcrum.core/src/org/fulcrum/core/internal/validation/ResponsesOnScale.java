package org.fulcrum.core.internal.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.query.Instruments;

/**
 * Every answer is a point of its instrument's scale (or "not observed" where the scale allows
 * it), to an item of that instrument, once per invitation. Messages name the invitation, never
 * the rater, beside an answer.
 */
final class ResponsesOnScale implements ValidationRule {

	static final int CODE = 3;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		Map<Instrument, Set<BehaviourItem>> itemsByInstrument = new HashMap<>();
		for (Assessment assessment : engagement.getAssessments()) {
			Instrument instrument = assessment.getInstrument();
			if (instrument == null || instrument.getScale() == null) {
				continue; // a missing instrument is reported by EMF's required-feature check
			}
			Set<BehaviourItem> items = itemsByInstrument.computeIfAbsent(instrument, i -> new HashSet<>(Instruments.items(i)));
			for (RaterInvitation invitation : assessment.getInvitations()) {
				checkInvitation(invitation, instrument, items, findings);
			}
		}
	}

	private static void checkInvitation(RaterInvitation invitation, Instrument instrument, Set<BehaviourItem> items,
			Findings findings) {
		RatingScale scale = instrument.getScale();
		Set<BehaviourItem> answered = new HashSet<>();
		for (ItemResponse response : invitation.getResponses()) {
			BehaviourItem item = response.getItem();
			if (item == null) {
				continue;
			}
			String where = "invitation " + invitation.getId();
			if (!items.contains(item)) {
				findings.error(response, "An answer in " + where + " is to " + Labels.of(item) + ", which is not an item of "
						+ instrument.getName() + ". Remove the answer or fix the item id.");
			} else if (!answered.add(item)) {
				findings.error(response, Labels.of(item) + " is answered more than once in " + where + ". Keep one answer.");
			}
			if (response.isNotObserved()) {
				if (!scale.isNotObservedAllowed()) {
					findings.error(response, "An answer in " + where + " to " + Labels.of(item) + " is 'not observed', which the scale of "
							+ instrument.getName() + " does not offer.");
				}
			} else if (response.getValue() < scale.getMinimum() || response.getValue() > scale.getMaximum()) {
				findings.error(response, "An answer in " + where + " to " + Labels.of(item) + " is " + response.getValue()
						+ "; the scale runs from " + scale.getMinimum() + " to " + scale.getMaximum() + ". Correct or remove it.");
			}
		}
	}
}

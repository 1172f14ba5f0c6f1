package org.fulcrum.core.internal.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;

/**
 * A person rates a participant once per assessment, the participant rates themselves only as
 * "self", and the self rating is the participant's own: anything else counts one voice twice.
 */
final class RatersInvitedOnce implements ValidationRule {

	static final int CODE = 4;

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, CODE);
		for (Assessment assessment : engagement.getAssessments()) {
			Map<Person, RaterInvitation> first = new HashMap<>();
			for (RaterInvitation invitation : assessment.getInvitations()) {
				Person rater = invitation.getRater();
				if (rater == null) {
					continue; // reported by EMF's required-feature check
				}
				RaterInvitation earlier = first.putIfAbsent(rater, invitation);
				if (earlier != null) {
					findings.error(invitation, Labels.of(rater) + " is invited twice to " + Labels.of(assessment) + ": "
							+ earlier.getId() + " and " + invitation.getId() + ". Remove one invitation.");
				}
				boolean self = invitation.getRelationship() == RelationshipGroup.SELF;
				if (!self && rater == assessment.getSubject()) {
					findings.error(invitation, Labels.of(rater) + " is invited as " + invitation.getRelationship().getLiteral()
							+ " rater of their own " + Labels.of(assessment) + " (" + invitation.getId()
							+ "). A participant rates themselves only as 'self'.");
				}
				if (self && rater != assessment.getSubject()) {
					findings.warning(invitation, "The self rating " + invitation.getId() + " of " + Labels.of(assessment)
							+ " is assigned to " + Labels.of(rater) + ", not to the participant.");
				}
			}
		}
	}
}

package org.fulcrum.examples.coachingstance.tests;

import java.util.List;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.Instruments;

/** Engagements assessed with the Coaching Stance Inventory, for the tests. */
final class StanceEngagement {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	private StanceEngagement() {
	}

	/** One participant rated by one peer per array; each array gives the answer for all items of PER, VIC, RES, COA. */
	static Engagement of(InstalledInstrument stance, int[]... peers) {
		Engagement engagement = MODEL.createEngagement();
		engagement.setId("e");
		engagement.setConfidentiality(MODEL.createConfidentialityPolicy());
		Instrument instrument = stance.definition();
		engagement.getInstruments().add(instrument);
		PartnerManager subject = MODEL.createPartnerManager();
		subject.setId("pm");
		engagement.getPeople().add(subject);
		Assessment assessment = MODEL.createAssessment();
		assessment.setId("a");
		assessment.setSubject(subject);
		assessment.setInstrument(instrument);
		engagement.getAssessments().add(assessment);
		List<BehaviourItem> items = Instruments.items(instrument);
		for (int p = 0; p < peers.length; p++) {
			Person peer = MODEL.createPerson();
			peer.setId("peer" + p);
			engagement.getPeople().add(peer);
			RaterInvitation invitation = MODEL.createRaterInvitation();
			invitation.setId("i" + p);
			invitation.setRater(peer);
			invitation.setRelationship(RelationshipGroup.PEER);
			invitation.setStatus(InvitationStatus.COMPLETED);
			for (int i = 0; i < items.size(); i++) {
				ItemResponse response = MODEL.createItemResponse();
				response.setItem(items.get(i));
				response.setValue(peers[p][i / 4]);
				invitation.getResponses().add(response);
			}
			assessment.getInvitations().add(invitation);
		}
		return engagement;
	}
}

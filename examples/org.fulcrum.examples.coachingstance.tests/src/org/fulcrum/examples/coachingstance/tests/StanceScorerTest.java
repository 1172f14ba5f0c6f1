package org.fulcrum.examples.coachingstance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.InstrumentScore;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
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
import org.junit.jupiter.api.Test;

/** The example plugin works through Fulcrum's extension point alone, as a third party's would. */
class StanceScorerTest {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	private final InstalledInstrument stance = InstrumentCatalog.installed().find("coaching-stance")
			.orElseThrow(() -> new AssertionError(InstrumentCatalog.installed().problems()));

	@Test
	void theInventoryIsInstalledWithItsScorer() {
		assertEquals("Coaching Stance Inventory", stance.name());
		assertEquals("org.fulcrum.examples.coachingstance", stance.contributor());
		assertEquals(16, Instruments.items(stance.definition()).size());
		assertTrue(stance.scorer().isPresent());
		assertEquals(List.of(), InstrumentCatalog.installed().problems());
	}

	@Test
	void theProfileIsWhatOthersSeeAndTheDominantStanceTheHighest() {
		// per stance (PER, VIC, RES, COA): each peer answers all four items with these values
		Engagement engagement = engagement(new int[] { 2, 1, 3, 4 }, new int[] { 2, 2, 3, 5 }, new int[] { 2, 1, 3, 3 });
		InstrumentScore score = score(engagement);
		assertEquals(Map.of("coach", 4.0, "persecutor", 2.0, "victim", 4.0 / 3, "rescuer", 3.0), score.values());
		assertEquals(List.of("coach", "persecutor", "victim", "rescuer"), List.copyOf(score.values().keySet()));
		assertEquals("Dominant stance: coach", score.summary());
	}

	@Test
	void aBullyIsNamedAsSuch() {
		InstrumentScore score = score(engagement(new int[] { 5, 1, 2, 2 }, new int[] { 4, 1, 2, 1 }, new int[] { 5, 2, 2, 2 }));
		assertTrue(score.summary().startsWith("Dominant stance: persecutor"), score.summary());
	}

	@Test
	void withTooFewRatersNoStanceIsShown() {
		InstrumentScore score = score(engagement(new int[] { 5, 1, 2, 2 }, new int[] { 4, 1, 2, 1 }));
		assertEquals(Map.of(), score.values());
		assertEquals("Not enough raters to show a stance profile", score.summary());
	}

	private InstrumentScore score(Engagement engagement) {
		var result = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement).participants().get(0);
		return stance.scorer().orElseThrow().score(result);
	}

	/** One participant rated by one peer per array; each array gives the answer for all items of PER, VIC, RES, COA. */
	private Engagement engagement(int[]... peers) {
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

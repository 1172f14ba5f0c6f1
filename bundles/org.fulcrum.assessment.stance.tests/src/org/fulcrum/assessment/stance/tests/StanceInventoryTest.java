package org.fulcrum.assessment.stance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.DimensionChange;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.Test;

/** The Coaching Stance Inventory is installed with Fulcrum and scores a round before and one after the program. */
class StanceInventoryTest {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	@Test
	void theInventoryIsInstalledWithItsFourStances() {
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		InstalledInstrument stance = catalog.find("stance-inventory").orElseThrow(() -> new AssertionError(catalog.problems()));
		assertEquals("Coaching Stance Inventory", stance.name());
		assertEquals("org.fulcrum.assessment.stance", stance.contributor());
		assertEquals(List.of("Persecutor (bully)", "Victim", "Rescuer", "Coach"),
				stance.definition().getDimensions().stream().map(Dimension::getName).toList());
		assertEquals(16, stance.definition().getDimensions().stream().mapToInt(d -> d.getItems().size()).sum());
	}

	@Test
	void aRoundAfterTheProgramIsComparedWithTheRoundBefore() {
		Instrument instrument = InstrumentCatalog.installed().find("stance-inventory").orElseThrow().definition();
		Engagement engagement = MODEL.createEngagement();
		engagement.setId("stance");
		ConfidentialityPolicy policy = MODEL.createConfidentialityPolicy();
		engagement.setConfidentiality(policy);
		engagement.getInstruments().add(instrument);
		PartnerManager manager = MODEL.createPartnerManager();
		manager.setId("pm");
		manager.setName("Lena Schröder");
		engagement.getPeople().add(manager);
		// before: peers see a rescuer (4) more than a coach (2); after: a coach (4) more than a rescuer (2)
		round(engagement, instrument, manager, "before", 4, 2);
		round(engagement, instrument, manager, "after", 2, 4);

		ParticipantResult after = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement).participants().get(1);
		RoundComparison comparison = after.previousRound().orElseThrow();
		assertTrue(comparison.comparable(), comparison.note());
		assertEquals(-2.0, change(comparison, "RES").others().getAsDouble(), 1e-9);
		assertEquals(2.0, change(comparison, "COA").others().getAsDouble(), 1e-9);
	}

	private static DimensionChange change(RoundComparison comparison, String id) {
		return comparison.changes().stream().filter(c -> c.dimension().getId().equals(id)).findFirst().orElseThrow();
	}

	/** A round with three peers who answer {@code rescuer} on the rescuer items, {@code coach} on the coach items, 3 elsewhere. */
	private static void round(Engagement engagement, Instrument instrument, PartnerManager manager, String round, int rescuer, int coach) {
		Assessment assessment = MODEL.createAssessment();
		assessment.setId("A-" + round);
		assessment.setSubject(manager);
		assessment.setInstrument(instrument);
		assessment.setRound(round);
		for (int r = 0; r < 3; r++) {
			Person peer = MODEL.createPerson();
			peer.setId(round + "-peer-" + r);
			engagement.getPeople().add(peer);
			RaterInvitation invitation = MODEL.createRaterInvitation();
			invitation.setId(round + "-inv-" + r);
			invitation.setRater(peer);
			invitation.setRelationship(RelationshipGroup.PEER);
			invitation.setStatus(org.fulcrum.model.InvitationStatus.COMPLETED);
			for (Dimension dimension : instrument.getDimensions()) {
				for (BehaviourItem item : dimension.getItems()) {
					ItemResponse response = MODEL.createItemResponse();
					response.setItem(item);
					response.setValue(dimension.getId().equals("RES") ? rescuer : dimension.getId().equals("COA") ? coach : 3);
					invitation.getResponses().add(response);
				}
			}
			assessment.getInvitations().add(invitation);
		}
		engagement.getAssessments().add(assessment);
	}
}

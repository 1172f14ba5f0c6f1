package org.fulcrum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerTier;
import org.fulcrum.model.Priority;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.Instruments;
import org.junit.jupiter.api.Test;

/** The defaults and conversions the rest of Fulcrum relies on. */
class ModelTest {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	@Test
	void confidentialityDefaultsToThreeRatersWithSelfAndManagerExempt() {
		ConfidentialityPolicy policy = MODEL.createConfidentialityPolicy();
		assertEquals(3, policy.getMinimumRaters());
		assertEquals(3, policy.getMinimumCommenters());
		assertTrue(policy.isSelfExempt());
		assertTrue(policy.isManagerExempt());
	}

	@Test
	void newThingsStartAtTheHumbleEndOfTheirScales() {
		PartnerOrganization partner = MODEL.createPartnerOrganization();
		assertEquals(PartnerTier.REGISTERED, partner.getTier());
		PartnerIssue issue = MODEL.createPartnerIssue();
		assertEquals(Priority.P3, issue.getPriority());
		RaterInvitation invitation = MODEL.createRaterInvitation();
		assertEquals(RelationshipGroup.OTHER, invitation.getRelationship());
		RatingScale scale = MODEL.createRatingScale();
		assertEquals(List.of(1, 5, true), List.of(scale.getMinimum(), scale.getMaximum(), scale.isNotObservedAllowed()));
		Assessment assessment = MODEL.createAssessment();
		assertEquals("baseline", assessment.getRound());
	}

	@Test
	void datesAreIsoCalendarDates() {
		var type = FulcrumPackage.Literals.LOCAL_DATE;
		assertEquals(LocalDate.of(2026, 11, 23), MODEL.createFromString(type, "2026-11-23"));
		assertEquals("2027-02-28", MODEL.convertToString(type, LocalDate.of(2027, 2, 28)));
		assertNull(MODEL.createFromString(type, ""));
	}

	@Test
	void theNamespaceCarriesTheFormatVersion() {
		assertEquals("urn:fulcrum:engagement:1", FulcrumPackage.eNS_URI);
	}

	@Test
	void instrumentQueriesWalkTheWholeTree() {
		Instrument instrument = MODEL.createInstrument();
		Dimension pillar = dimension("P");
		Dimension trait = dimension("T");
		pillar.getChildren().add(trait);
		instrument.getDimensions().add(pillar);
		BehaviourItem first = item("P.1");
		BehaviourItem second = item("T.1");
		pillar.getItems().add(first);
		trait.getItems().add(second);
		// document order: a dimension's sub-dimensions come before its own items
		assertEquals(List.of(second, first), Instruments.items(instrument));
		assertEquals(trait, Instruments.dimension(instrument, "T").orElseThrow());
		assertTrue(Instruments.dimension(instrument, "nope").isEmpty());
	}

	private static Dimension dimension(String id) {
		Dimension dimension = MODEL.createDimension();
		dimension.setId(id);
		return dimension;
	}

	private static BehaviourItem item(String id) {
		BehaviourItem item = MODEL.createBehaviourItem();
		item.setId(id);
		return item;
	}
}

package org.fulcrum.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EngagementStatus;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.Instruments;

/**
 * Builds engagements of a given shape for benchmarks: {@code participants} participants, each
 * rated by {@code raters} raters (self, manager, then peers, direct reports and partners) on an
 * instrument of {@code items} items, every rater answering every item. Deterministic for a seed.
 */
public final class SyntheticEngagement {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	private static final RelationshipGroup[] OTHERS = { RelationshipGroup.PEER, RelationshipGroup.DIRECT_REPORT,
			RelationshipGroup.PARTNER };

	private SyntheticEngagement() {
	}

	public static Engagement create(int participants, int raters, int items, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Engagement engagement = MODEL.createEngagement();
		engagement.setId("bench-" + participants + "x" + raters + "x" + items);
		engagement.setName("Synthetic engagement " + participants + " x " + raters + " x " + items);
		engagement.setClient("Benchmark Client");
		engagement.setStatus(EngagementStatus.COLLECTING);
		engagement.setStartDate(LocalDate.of(2026, 1, 5));
		engagement.setEndDate(LocalDate.of(2026, 6, 30));
		ConfidentialityPolicy policy = MODEL.createConfidentialityPolicy();
		engagement.setConfidentiality(policy);
		Instrument instrument = instrument(items);
		engagement.getInstruments().add(instrument);
		List<BehaviourItem> allItems = Instruments.items(instrument);
		for (int p = 0; p < participants; p++) {
			PartnerManager subject = MODEL.createPartnerManager();
			subject.setId("P" + p);
			subject.setName("Participant " + p);
			subject.setEmail("participant" + p + "@example.com");
			engagement.getPeople().add(subject);
			Assessment assessment = MODEL.createAssessment();
			assessment.setId("A" + p);
			assessment.setSubject(subject);
			assessment.setInstrument(instrument);
			engagement.getAssessments().add(assessment);
			for (int r = 0; r < raters; r++) {
				Person rater = r == 0 ? subject : rater(engagement, p, r);
				RaterInvitation invitation = MODEL.createRaterInvitation();
				invitation.setId("I" + p + "." + r);
				invitation.setRater(rater);
				invitation.setRelationship(r == 0 ? RelationshipGroup.SELF
						: r == 1 ? RelationshipGroup.MANAGER : OTHERS[(r - 2) % OTHERS.length]);
				invitation.setStatus(InvitationStatus.COMPLETED);
				invitation.setToken(Long.toHexString(random.nextLong()));
				for (BehaviourItem item : allItems) {
					ItemResponse response = MODEL.createItemResponse();
					response.setItem(item);
					if (random.nextInt(40) == 0) {
						response.setNotObserved(true);
					} else {
						response.setValue(1 + random.nextInt(5));
					}
					invitation.getResponses().add(response);
				}
				assessment.getInvitations().add(invitation);
			}
		}
		return engagement;
	}

	private static Person rater(Engagement engagement, int participant, int rater) {
		Person person = MODEL.createPerson();
		person.setId("R" + participant + "." + rater);
		person.setName("Rater " + rater + " of participant " + participant);
		person.setEmail("rater" + participant + "." + rater + "@example.com");
		engagement.getPeople().add(person);
		return person;
	}

	/** An instrument shaped like the Character Model: one base, two pillars, traits of about four items. */
	private static Instrument instrument(int items) {
		Instrument instrument = MODEL.createInstrument();
		instrument.setId("bench-instrument");
		instrument.setName("Benchmark instrument");
		instrument.setVersion("1.0");
		RatingScale scale = MODEL.createRatingScale();
		instrument.setScale(scale);
		Dimension base = dimension("BASE", DimensionKind.BASE);
		instrument.getDimensions().add(base);
		Dimension[] pillars = { dimension("PILLAR1", DimensionKind.PILLAR), dimension("PILLAR2", DimensionKind.PILLAR) };
		instrument.getDimensions().add(pillars[0]);
		instrument.getDimensions().add(pillars[1]);
		Dimension trait = null;
		for (int i = 0; i < items; i++) {
			Dimension owner;
			if (i < 3) {
				owner = base;
			} else {
				if ((i - 3) % 4 == 0) {
					trait = dimension("T" + ((i - 3) / 4), DimensionKind.TRAIT);
					pillars[((i - 3) / 4) % 2].getChildren().add(trait);
				}
				owner = trait;
			}
			BehaviourItem item = MODEL.createBehaviourItem();
			item.setId(owner.getId() + "." + i);
			item.setText("Behaviour number " + i + " (" + new Random(i).ints(3, 0, 100).sum() + ")");
			owner.getItems().add(item);
		}
		// too few items for a trait in each pillar: a dimension without items is no usable instrument
		instrument.getDimensions().removeIf(d -> d.getItems().isEmpty() && d.getChildren().isEmpty());
		return instrument;
	}

	private static Dimension dimension(String id, DimensionKind kind) {
		Dimension dimension = MODEL.createDimension();
		dimension.setId(id);
		dimension.setName(id);
		dimension.setKind(kind);
		return dimension;
	}
}

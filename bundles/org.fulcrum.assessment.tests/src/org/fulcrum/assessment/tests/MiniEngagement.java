package org.fulcrum.assessment.tests;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
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

/**
 * A hand-computable engagement: a 1–5 instrument with a base B (items B.1, B.2) and a pillar P
 * of traits T1 (T1.1, T1.2) and T2 (T2.1, T2.2, the latter reverse-keyed), and one participant
 * whose raters answer with the values the tests give. {@code 0} means "not observed", {@code -1}
 * no answer.
 */
final class MiniEngagement {

	static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	final Engagement engagement = MODEL.createEngagement();
	final Instrument instrument = MODEL.createInstrument();
	final Assessment assessment = MODEL.createAssessment();
	private Assessment current = assessment;
	private int raters;

	MiniEngagement() {
		engagement.setId("mini");
		engagement.setConfidentiality(MODEL.createConfidentialityPolicy());
		instrument.setId("mini-instrument");
		instrument.setScale(MODEL.createRatingScale());
		Dimension base = dimension("B", DimensionKind.BASE, "B.1", "B.2");
		Dimension pillar = dimension("P", DimensionKind.PILLAR);
		pillar.getChildren().add(dimension("T1", DimensionKind.TRAIT, "T1.1", "T1.2"));
		Dimension t2 = dimension("T2", DimensionKind.TRAIT, "T2.1", "T2.2");
		t2.getItems().get(1).setReverseKeyed(true);
		pillar.getChildren().add(t2);
		instrument.getDimensions().add(base);
		instrument.getDimensions().add(pillar);
		engagement.getInstruments().add(instrument);
		PartnerManager subject = MODEL.createPartnerManager();
		subject.setId("pm");
		subject.setName("Ágnes Szőke");
		engagement.getPeople().add(subject);
		assessment.setId("A");
		assessment.setSubject(subject);
		assessment.setInstrument(instrument);
		engagement.getAssessments().add(assessment);
	}

	/** Starts another assessment (of a new or the same participant); the next raters answer in it. */
	Assessment next(String participantId, String round, org.fulcrum.model.Instrument with) {
		PartnerManager subject = (PartnerManager) engagement.getPeople().stream().filter(p -> p.getId().equals(participantId))
				.findFirst().orElseGet(() -> {
					PartnerManager added = MODEL.createPartnerManager();
					added.setId(participantId);
					added.setName(participantId);
					engagement.getPeople().add(added);
					return added;
				});
		current = MODEL.createAssessment();
		current.setId("A" + engagement.getAssessments().size());
		current.setSubject(subject);
		current.setInstrument(with);
		current.setRound(round);
		engagement.getAssessments().add(current);
		return current;
	}

	/** Makes an existing assessment of the engagement the one the next raters answer in. */
	void resume(Assessment existing) {
		current = existing;
	}

	/** Adds a completed questionnaire answering B.1, B.2, T1.1, T1.2, T2.1, T2.2 (the instrument's document order). */
	RaterInvitation rater(RelationshipGroup group, int... answers) {
		Person person = group == RelationshipGroup.SELF ? current.getSubject() : MODEL.createPerson();
		if (group != RelationshipGroup.SELF) {
			person.setId("r" + ++raters);
			engagement.getPeople().add(person);
		}
		RaterInvitation invitation = MODEL.createRaterInvitation();
		invitation.setId("inv" + current.getId() + "-" + current.getInvitations().size());
		invitation.setRater(person);
		invitation.setRelationship(group);
		invitation.setStatus(InvitationStatus.COMPLETED);
		var items = Instruments.items(instrument);
		for (int i = 0; i < answers.length; i++) {
			if (answers[i] < 0) {
				continue;
			}
			ItemResponse response = MODEL.createItemResponse();
			response.setItem(items.get(i));
			if (answers[i] == 0) {
				response.setNotObserved(true);
			} else {
				response.setValue(answers[i]);
			}
			invitation.getResponses().add(response);
		}
		current.getInvitations().add(invitation);
		return invitation;
	}

	private static Dimension dimension(String id, DimensionKind kind, String... items) {
		Dimension dimension = MODEL.createDimension();
		dimension.setId(id);
		dimension.setName(id);
		dimension.setKind(kind);
		for (String item : items) {
			BehaviourItem behaviour = MODEL.createBehaviourItem();
			behaviour.setId(item);
			behaviour.setText("Behaviour " + item);
			dimension.getItems().add(behaviour);
		}
		return dimension;
	}
}

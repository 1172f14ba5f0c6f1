package org.fulcrum.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.fulcrum.assessment.character.CharacterModel;
import org.fulcrum.demo.internal.DemoCast;
import org.fulcrum.demo.internal.DemoComments;
import org.fulcrum.demo.internal.Names;
import org.fulcrum.demo.internal.ResponseSimulator;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Comment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EngagementStatus;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.Instruments;

/**
 * The demo engagement: a software vendor's EMEA channel team of twelve partner managers on a
 * baseline 360° with the Character Model, their managers, peers, direct reports and partner
 * contacts as raters, plausible answers and comments. The same seed gives the same engagement.
 */
public final class DemoEngagement {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	private static final String VENDOR_DOMAIN = "nordlicht-software.example";
	private static final LocalDate OPENED = LocalDate.of(2026, 10, 5);

	private final Random random;
	private final Engagement engagement = MODEL.createEngagement();
	private final Names names;
	private final List<PartnerOrganization> partners = new ArrayList<>();
	private final List<Person> directors = new ArrayList<>();
	private final List<PartnerManager> participants = new ArrayList<>();
	private int nextPerson;
	private int nextInvitation;

	private DemoEngagement(long seed) {
		random = new Random(seed);
		names = new Names(random);
	}

	public static Engagement create(long seed) {
		return new DemoEngagement(seed).build();
	}

	private Engagement build() {
		engagement.setId("demo-nordlicht-2026");
		engagement.setName("Partner Manager 360° 2026");
		engagement.setClient("Nordlicht Software GmbH, EMEA Channel");
		engagement.getConsultants().addAll(List.of("Maren Holt", "Pieter van Dijk"));
		engagement.setStartDate(LocalDate.of(2026, 9, 14));
		engagement.setEndDate(LocalDate.of(2027, 3, 31));
		engagement.setStatus(EngagementStatus.REPORTING);
		engagement.setConfidentiality(MODEL.createConfidentialityPolicy());
		engagement.getConfidentiality().setFrozen(true);
		Instrument instrument = CharacterModel.load();
		engagement.getInstruments().add(instrument);
		addPartners();
		addDirectors();
		addParticipants();
		ResponseSimulator simulator = new ResponseSimulator(random, Instruments.items(instrument), instrument.getScale());
		DemoComments comments = new DemoComments(random);
		for (int i = 0; i < participants.size(); i++) {
			engagement.getAssessments().add(assessment(i, instrument, simulator, comments));
		}
		return engagement;
	}

	private void addPartners() {
		for (DemoCast.Partner cast : DemoCast.PARTNERS) {
			PartnerOrganization partner = MODEL.createPartnerOrganization();
			partner.setId(cast.id());
			partner.setName(cast.name());
			partner.setTier(cast.tier());
			partner.setRegion(cast.region());
			partner.getGoals().addAll(cast.goals());
			partners.add(partner);
		}
		engagement.getPartners().addAll(partners);
	}

	private void addDirectors() {
		for (DemoCast.Director cast : DemoCast.DIRECTORS) {
			Person director = MODEL.createPerson();
			director.setId(cast.id());
			director.setName(cast.name());
			director.setTitle(cast.title());
			director.setOrganization("Nordlicht Software");
			director.setEmail(Names.email(cast.name(), VENDOR_DOMAIN));
			directors.add(director);
		}
		engagement.getPeople().addAll(directors);
	}

	private void addParticipants() {
		for (DemoCast.Participant cast : DemoCast.PARTICIPANTS) {
			PartnerManager participant = MODEL.createPartnerManager();
			participant.setId(cast.id());
			participant.setName(cast.name());
			participant.setTitle(cast.title());
			participant.setOrganization("Nordlicht Software");
			participant.setEmail(Names.email(cast.name(), VENDOR_DOMAIN));
			participant.setReportsTo(directors.get(cast.director()));
			cast.partners().forEach(p -> participant.getManages().add(partners.get(p)));
			participants.add(participant);
		}
		engagement.getPeople().addAll(participants);
	}

	private Assessment assessment(int index, Instrument instrument, ResponseSimulator simulator, DemoComments comments) {
		PartnerManager subject = participants.get(index);
		Assessment assessment = MODEL.createAssessment();
		assessment.setId("A-" + subject.getId());
		assessment.setSubject(subject);
		assessment.setInstrument(instrument);
		assessment.setRound("baseline");
		assessment.setOpened(OPENED);
		assessment.setClosed(OPENED.plusWeeks(3));
		ResponseSimulator.Profile profile = simulator.newProfile();
		invite(assessment, subject, RelationshipGroup.SELF, profile, simulator);
		invite(assessment, subject.getReportsTo(), RelationshipGroup.MANAGER, profile, simulator);
		for (PartnerManager peer : peersOf(index, 3 + random.nextInt(3))) {
			invite(assessment, peer, RelationshipGroup.PEER, profile, simulator);
		}
		// Two participants lead teams of two: too few direct reports to be shown on their own.
		int reports = index == 3 || index == 8 ? 2 : 3 + random.nextInt(2);
		for (int r = 0; r < reports; r++) {
			invite(assessment, newRater("Nordlicht Software",
					"Channel Account Manager", VENDOR_DOMAIN), RelationshipGroup.DIRECT_REPORT, profile, simulator);
		}
		for (int c = 0; c < 3 + random.nextInt(2); c++) {
			PartnerOrganization partner = subject.getManages().get(c % subject.getManages().size());
			invite(assessment, newRater(partner.getName(), "Partner contact", domainOf(partner)), RelationshipGroup.PARTNER,
					profile, simulator);
		}
		addComments(assessment, instrument, comments);
		return assessment;
	}

	private void invite(Assessment assessment, Person rater, RelationshipGroup group, ResponseSimulator.Profile profile,
			ResponseSimulator simulator) {
		RaterInvitation invitation = MODEL.createRaterInvitation();
		invitation.setId(String.format("INV-%04d", ++nextInvitation));
		invitation.setRater(rater);
		invitation.setRelationship(group);
		invitation.setToken(token());
		assessment.getInvitations().add(invitation);
		double draw = random.nextDouble();
		boolean exempt = group == RelationshipGroup.SELF || group == RelationshipGroup.MANAGER;
		if (!exempt && draw < 0.05) {
			invitation.setStatus(InvitationStatus.DECLINED);
		} else if (!exempt && draw < 0.12) {
			invitation.setStatus(InvitationStatus.INVITED);
		} else {
			invitation.setStatus(InvitationStatus.COMPLETED);
			LocalDate day = OPENED.plusDays(1 + random.nextInt(18));
			invitation.setSubmitted(Date.from(day.atTime(8 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC)));
			simulator.answer(invitation, profile);
		}
	}

	private void addComments(Assessment assessment, Instrument instrument, DemoComments comments) {
		List<RaterInvitation> commenters = assessment.getInvitations().stream()
				.filter(i -> i.getStatus() == InvitationStatus.COMPLETED && i.getRelationship() != RelationshipGroup.SELF
						&& i.getRelationship() != RelationshipGroup.MANAGER).toList(); // a group of one would name the author
		int count = 2 + random.nextInt(3);
		for (int c = 0; c < count && !commenters.isEmpty(); c++) {
			RaterInvitation from = commenters.get(random.nextInt(commenters.size()));
			String trait = comments.traits().get(random.nextInt(comments.traits().size()));
			Comment comment = MODEL.createComment();
			comment.setGroup(from.getRelationship());
			comment.setDimension(Instruments.dimension(instrument, trait).orElseThrow());
			comment.setText(comments.about(trait));
			assessment.getComments().add(comment);
		}
	}

	private List<PartnerManager> peersOf(int index, int count) {
		List<PartnerManager> others = new ArrayList<>(participants);
		others.remove(index);
		java.util.Collections.shuffle(others, random);
		return others.subList(0, count);
	}

	private Person newRater(String organization, String title, String domain) {
		Person rater = MODEL.createPerson();
		String name = names.next();
		rater.setId(String.format("r-%03d", ++nextPerson));
		rater.setName(name);
		rater.setTitle(title);
		rater.setOrganization(organization);
		rater.setEmail(Names.email(name, domain));
		engagement.getPeople().add(rater);
		return rater;
	}

	private String token() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			token.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return token.toString();
	}

	private static String domainOf(PartnerOrganization partner) {
		return partner.getId().substring("ptn-".length()) + ".example";
	}
}

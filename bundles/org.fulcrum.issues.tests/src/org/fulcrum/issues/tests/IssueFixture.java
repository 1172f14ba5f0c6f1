package org.fulcrum.issues.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.IntakeRequest;
import org.fulcrum.issues.IssueIntake;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;

/** An engagement with two partners and a partner manager, and issues taken in at exact moments. */
final class IssueFixture {

	static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

	/** Fulcrum's default targets without lapses escalating, to test the targets alone. */
	static final IssueRules TARGETS_ONLY = new IssueRules(IssueRules.DEFAULT.targets(), IssueRules.DEFAULT.recurrenceWindow(),
			IssueRules.DEFAULT.informVp(), false);

	final Engagement engagement = FulcrumFactory.eINSTANCE.createEngagement();
	final PartnerOrganization dunaj = partner("ptn-dunaj", "Dunaj Systems");
	final PartnerOrganization wisla = partner("ptn-wisla", "Wisła IT");
	final PartnerManager owner = FulcrumFactory.eINSTANCE.createPartnerManager();

	IssueFixture() {
		engagement.setId("eng");
		owner.setId("pm-dvorak");
		owner.setName("Jiří Dvořák");
		owner.setEmail("jiri.dvorak@example.com");
		engagement.getPeople().add(owner);
	}

	/** A named person, one of the engagement's people. */
	Person person(String id, String name, String email) {
		Person person = FulcrumFactory.eINSTANCE.createPerson();
		person.setId(id);
		person.setName(name);
		person.setEmail(email);
		engagement.getPeople().add(person);
		return person;
	}

	/** Names people on the escalation path at a level. */
	void path(EscalationLevel level, Person... people) {
		EscalationPath.set(engagement, level, List.of(people));
	}

	private PartnerOrganization partner(String id, String name) {
		PartnerOrganization partner = FulcrumFactory.eINSTANCE.createPartnerOrganization();
		partner.setId(id);
		partner.setName(name);
		engagement.getPartners().add(partner);
		return partner;
	}

	PartnerIssue take(PartnerOrganization partner, String category, Priority priority, Instant at) {
		return new IssueIntake(IssueRules.of(engagement)).take(engagement, new IntakeRequest(partner, "Petra Svobodová",
				IssueChannel.PHONE, category, priority, category + " problem", "what the partner said", owner, at));
	}

	PartnerIssue take(Priority priority) {
		return take(dunaj, "deal registration", priority, T0);
	}

	static Instant at(long hours) {
		return T0.plus(Duration.ofHours(hours));
	}

	static Instant justBefore(long hours) {
		return at(hours).minusSeconds(1);
	}
}

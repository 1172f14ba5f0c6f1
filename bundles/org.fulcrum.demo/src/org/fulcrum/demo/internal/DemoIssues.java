package org.fulcrum.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.IntakeRequest;
import org.fulcrum.issues.IssueIntake;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.Ownership;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;
import org.fulcrum.model.query.Instruments;

/**
 * The partner issues of the demo's November 2026: a deal registration problem that comes back
 * (and grows to P1), an MDF claim with an upset partner, a quote tool nobody has answered yet,
 * and two quieter ones. Internal notes sit beside updates shared with the partner. Partner support
 * (named people on the escalation path) owns every issue from intake; the partner managers stay
 * the partners' contacts. One closing is confirmed by the partner, one closed for a recorded
 * reason, the vouchers are resolved and wait for the partner's confirmation.
 */
public final class DemoIssues {

	private final Engagement engagement;
	private final IssueIntake intake;

	private DemoIssues(Engagement engagement) {
		this.engagement = engagement;
		this.intake = new IssueIntake(IssueRules.of(engagement));
	}

	public static void add(Engagement engagement) {
		new DemoIssues(engagement).addAll();
	}

	private void addAll() {
		// partner support is the place partners call and owns resolution; the path names who takes each level
		Person support = person("sup-marin", "Sofia Marín", "Partner Support Lead");
		Person supportDesk = person("sup-kovac", "Luka Kovač", "Partner Support Engineer");
		EscalationPath.set(engagement, EscalationLevel.PARTNER_SUPPORT, List.of(support, supportDesk));
		// the channel directors the partner managers report to take the issues escalated past partner support
		EscalationPath.set(engagement, EscalationLevel.CHANNEL_DIRECTOR, engagement.getPeople().stream()
				.filter(PartnerManager.class::isInstance).map(p -> ((PartnerManager) p).getReportsTo()).filter(d -> d != null)
				.distinct().toList());
		EscalationPath.set(engagement, EscalationLevel.VP_OF_CHANNELS, List.of(person("vp-moreau", "Isabelle Moreau",
				"VP of Channels")));
		PartnerManager dvorak = manager("pm-dvorak");
		PartnerIssue tender = take("ptn-dunaj", "Tomáš Beneš, sales director", IssueChannel.PHONE, "deal registration", Priority.P2,
				"Deal registration rejected for the Brno hospital tender", dvorak, "2026-11-02T08:30:00Z");
		IssueWorkflow.move(tender, IssueStatus.TRIAGED, at("2026-11-02T10:00:00Z"), "Jiří Dvořák");
		IssueWorkflow.update(tender, at("2026-11-02T11:30:00Z"), "Jiří Dvořák",
				"We have asked partner support to review the rejection; you will hear from us by Thursday.", true);
		Commitment review = IssueWorkflow.commit(tender, "Registration re-reviewed by partner support", LocalDate.of(2026, 11, 5),
				at("2026-11-02T11:30:00Z"), "Jiří Dvořák");
		IssueWorkflow.update(tender, at("2026-11-02T11:35:00Z"), "Jiří Dvořák",
				"Internal: promised Thursday before checking partner support's queue.", false);
		IssueWorkflow.move(tender, IssueStatus.IN_PROGRESS, at("2026-11-03T09:00:00Z"), "Jiří Dvořák");
		review.setDone(LocalDate.of(2026, 11, 6));
		IssueWorkflow.update(tender, at("2026-11-06T15:00:00Z"), "Jiří Dvořák",
				"The registration is approved. Sorry it took a day longer than promised.", true);
		IssueWorkflow.move(tender, IssueStatus.RESOLVED, at("2026-11-06T15:00:00Z"), "Sofia Marín");
		IssueWorkflow.confirm(tender, at("2026-11-09T10:00:00Z"), "Sofia Marín", "Tomáš Beneš, sales director");
		IssueWorkflow.close(tender, at("2026-11-10T09:00:00Z"), "Sofia Marín", null);
		tag(tender, "ACC");

		PartnerIssue again = take("ptn-dunaj", "Tomáš Beneš, sales director", IssueChannel.EMAIL, "Deal registration", Priority.P3,
				"Deal registration rejected again: the Prague bank renewal", dvorak, "2026-11-19T10:00:00Z");
		IssueWorkflow.move(again, IssueStatus.IN_PROGRESS, at("2026-11-19T11:00:00Z"), "Jiří Dvořák");
		IssueWorkflow.update(again, at("2026-11-19T11:05:00Z"), "Jiří Dvořák",
				"We are looking into why the rules reject your renewals and will share the cause.", true);
		IssueWorkflow.commit(again, "Cause of the rejections explained to you", LocalDate.of(2026, 11, 26),
				at("2026-11-19T11:05:00Z"), "Jiří Dvořák");
		IssueWorkflow.update(again, at("2026-11-20T16:00:00Z"), "Jiří Dvořák",
				"Internal: the partner is angry; second rejection in three weeks. Director informed informally.", false);
		tag(again, "ACC");
		tagWithFocus(again, dvorak);

		PartnerManager szoke = manager("pm-szoke");
		PartnerIssue mdf = take("ptn-wisla", "Agnieszka Nowak, marketing lead", IssueChannel.PHONE, "MDF", Priority.P3,
				"MDF claim for the banking event unpaid for 60 days", szoke, "2026-11-16T09:00:00Z");
		IssueWorkflow.update(mdf, at("2026-11-16T09:40:00Z"), "Ágnes Szőke",
				"Internal: very charged call, the partner threatened to move the event budget to a competitor.", false);
		IssueWorkflow.update(mdf, at("2026-11-17T05:00:00Z"), "Ágnes Szőke",
				"We found the claim; finance needs the event invoices to pay it.", true);
		IssueWorkflow.move(mdf, IssueStatus.TRIAGED, at("2026-11-17T05:00:00Z"), "Ágnes Szőke");
		IssueWorkflow.move(mdf, IssueStatus.WAITING_ON_PARTNER, at("2026-11-18T09:00:00Z"), "Ágnes Szőke");
		IssueWorkflow.move(mdf, IssueStatus.IN_PROGRESS, at("2026-11-20T14:00:00Z"), "Ágnes Szőke");
		IssueWorkflow.commit(mdf, "Claim paid", LocalDate.of(2026, 12, 4), at("2026-11-20T14:30:00Z"), "Ágnes Szőke");
		tag(mdf, "EMO");
		tagWithFocus(mdf, szoke);

		take("ptn-alpen", "Markus Egger, operations", IssueChannel.PORTAL, "tools", Priority.P2,
				"Quote tool times out for subscription bundles", manager("pm-schroeder"), "2026-11-24T07:00:00Z");

		PartnerIssue vouchers = take("ptn-bretagne", "Claire Morvan, managing director", IssueChannel.EMAIL, "enablement",
				Priority.P4, "Certification vouchers not received", manager("pm-martin"), "2026-11-20T08:00:00Z");
		IssueWorkflow.move(vouchers, IssueStatus.TRIAGED, at("2026-11-20T13:00:00Z"), "Zoë Martin");
		IssueWorkflow.update(vouchers, at("2026-11-20T13:05:00Z"), "Zoë Martin",
				"The vouchers are ordered; the training provider sends them directly.", true);
		IssueWorkflow.commit(vouchers, "Vouchers in your consultants' inboxes", LocalDate.of(2026, 12, 4),
				at("2026-11-20T13:05:00Z"), "Zoë Martin");
		Ownership.assign(engagement, vouchers, supportDesk, at("2026-11-20T13:10:00Z"), "Sofia Marín");
		IssueWorkflow.update(vouchers, at("2026-11-24T16:00:00Z"), "Luka Kovač",
				"The training provider confirms the vouchers went out today; please tell us when your consultants have them.", true);
		IssueWorkflow.move(vouchers, IssueStatus.RESOLVED, at("2026-11-24T16:00:00Z"), "Luka Kovač"); // not confirmed yet

		PartnerIssue portal = take("ptn-baltic", "Kristjan Tamm, consultant lead", IssueChannel.PHONE, "portal", Priority.P3,
				"Partner portal login fails for new consultants", manager("pm-olgaard"), "2026-11-10T12:00:00Z");
		IssueWorkflow.update(portal, at("2026-11-10T14:00:00Z"), "Søren Ølgaard", "Accounts reset; please try again.", true);
		IssueWorkflow.move(portal, IssueStatus.RESOLVED, at("2026-11-11T09:00:00Z"), "Sofia Marín");
		IssueWorkflow.close(portal, at("2026-11-13T09:00:00Z"), "Sofia Marín",
				"the partner's consultant lead logged in on 11-12 (portal audit log) but did not answer two calls to confirm");
	}

	private PartnerIssue take(String partner, String raisedBy, IssueChannel channel, String category, Priority priority, String title,
			PartnerManager owner, String at) {
		PartnerOrganization organization = engagement.getPartners().stream().filter(p -> p.getId().equals(partner)).findFirst()
				.orElseThrow();
		return intake.take(engagement, new IntakeRequest(organization, raisedBy, channel, category, priority, title, null, owner,
				at(at)));
	}

	private Person person(String id, String name, String title) {
		Person person = FulcrumFactory.eINSTANCE.createPerson();
		person.setId(id);
		person.setName(name);
		person.setTitle(title);
		person.setOrganization(engagement.getClient());
		person.setEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace('í', 'i').replace('č', 'c') + "@"
				+ domain());
		engagement.getPeople().add(person);
		return person;
	}

	/** The vendor's mail domain, as its other people have it. */
	private String domain() {
		return engagement.getPeople().stream().map(Person::getEmail).filter(e -> e != null && e.contains("@")).findFirst()
				.map(e -> e.substring(e.indexOf('@') + 1)).orElse("vendor.example");
	}

	private void tag(PartnerIssue issue, String trait) {
		Dimension dimension = Instruments.dimension(engagement.getInstruments().get(0), trait).orElseThrow();
		if (!issue.getTraits().contains(dimension)) {
			issue.getTraits().add(dimension);
		}
	}

	/** The trait the consultant saw in the handling: the owner's first focus trait, so the demo shows the loop closing. */
	private void tagWithFocus(PartnerIssue issue, PartnerManager owner) {
		engagement.getPlans().stream().filter(p -> p.getParticipant() == owner).map(DevelopmentPlan::getFocusAreas)
				.filter(areas -> !areas.isEmpty()).findFirst().ifPresent(areas -> tag(issue, areas.get(0).getTrait().getId()));
	}

	private PartnerManager manager(String id) {
		return engagement.getPeople().stream().filter(p -> p instanceof PartnerManager && p.getId().equals(id))
				.map(PartnerManager.class::cast).findFirst().orElseThrow();
	}

	private static Instant at(String iso) {
		return Instant.parse(iso);
	}
}

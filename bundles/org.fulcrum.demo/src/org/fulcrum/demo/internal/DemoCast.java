package org.fulcrum.demo.internal;

import java.util.List;

import org.fulcrum.model.PartnerTier;

/** The fixed people and partners of the demo: a vendor's EMEA channel team and its resellers. */
public final class DemoCast {

	public record Partner(String id, String name, PartnerTier tier, String region, List<String> goals) {
	}

	public record Director(String id, String name, String title) {
	}

	/** A participant: who they are, which director they report to, which partners they manage. */
	public record Participant(String id, String name, String title, int director, List<Integer> partners) {
	}

	public static final List<Partner> PARTNERS = List.of(
			new Partner("ptn-baltic", "Baltic Systems Integrators", PartnerTier.GOLD, "Nordics & Baltics",
					List.of("Grow managed-services revenue by 30% in 2027", "Certify four more consultants on the platform")),
			new Partner("ptn-iberia", "Iberia Cloud Partners S.L.", PartnerTier.PLATINUM, "Iberia",
					List.of("Win three public-sector references", "Keep renewal rate above 92%")),
			new Partner("ptn-dunaj", "Dunaj IT s.r.o.", PartnerTier.SILVER, "Central Europe",
					List.of("Reach Gold tier by Q3", "Build a second pre-sales team in Brno")),
			new Partner("ptn-alpen", "Alpenland Solutions AG", PartnerTier.GOLD, "DACH",
					List.of("Move 40% of customers to subscriptions", "Shorten quote-to-order to five days")),
			new Partner("ptn-wisla", "Wisła Data Sp. z o.o.", PartnerTier.SILVER, "Poland",
					List.of("Open the banking vertical", "Double marketing-sourced pipeline")),
			new Partner("ptn-bretagne", "Bretagne Logiciels SARL", PartnerTier.BRONZE, "France",
					List.of("Get the first three consultants certified")),
			new Partner("ptn-thames", "Thames Valley Resellers Ltd", PartnerTier.REGISTERED, "UK & Ireland",
					List.of("Decide by March whether to invest in the practice", "Close the first joint deal")));

	public static final List<Director> DIRECTORS = List.of(
			new Director("dir-vogel", "Henrike Vogel", "Channel Director DACH & CEE"),
			new Director("dir-alvarez", "Mateo Álvarez", "Channel Director Southern Europe"),
			new Director("dir-lindqvist", "Ingrid Lindqvist", "Channel Director Northern Europe"));

	public static final List<Participant> PARTICIPANTS = List.of(
			new Participant("pm-dvorak", "Jiří Dvořák", "Partner Manager, Czechia & Slovakia", 0, List.of(2)),
			new Participant("pm-wojcik", "Łukasz Wójcik", "Partner Manager, Poland", 0, List.of(4)),
			new Participant("pm-olgaard", "Søren Ølgaard", "Senior Partner Manager, Nordics", 2, List.of(0)),
			new Participant("pm-szoke", "Ágnes Szőke", "Partner Manager, Hungary & Balkans", 0, List.of(2, 4)),
			new Participant("pm-martin", "Zoë Martin", "Partner Manager, France", 1, List.of(5)),
			new Participant("pm-mueller-ruiz", "Ana Müller-Ruiz", "Alliance Manager, Iberia", 1, List.of(1)),
			new Participant("pm-akesson", "Björn Åkesson", "Partner Manager, Sweden", 2, List.of(0, 6)),
			new Participant("pm-esposito", "Chiara Esposito", "Partner Manager, Italy", 1, List.of(1, 5)),
			new Participant("pm-obrien", "Tomás O'Brien", "Partner Manager, UK & Ireland", 2, List.of(6)),
			new Participant("pm-lefevre", "Élodie Lefèvre", "Channel Account Manager, France", 1, List.of(5, 1)),
			new Participant("pm-hakkinen", "Mikko Häkkinen", "Partner Manager, Finland & Baltics", 2, List.of(0)),
			new Participant("pm-schroeder", "Lena Schröder", "Senior Partner Manager, DACH", 0, List.of(3, 2, 4)));

	private DemoCast() {
	}
}

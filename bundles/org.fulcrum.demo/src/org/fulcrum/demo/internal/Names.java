package org.fulcrum.demo.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Plausible European names for the demo's raters, with the letters real names have (ł, ø, ő,
 * ř…), and the plain-ASCII e-mail addresses made from them.
 */
public final class Names {

	private static final String[][] FIRST = {
			{ "Jan", "Petra", "Tomáš", "Lucie", "Ondřej", "Kateřina" },
			{ "Marta", "Paweł", "Zofia", "Grzegorz", "Agnieszka", "Michał" },
			{ "Mette", "Rasmus", "Sofie", "Jørgen", "Line", "Mads" },
			{ "Zsófia", "Bence", "Réka", "Gergő", "Eszter", "Dániel" },
			{ "Camille", "Théo", "Léa", "François", "Manon", "Hugo" },
			{ "Jonas", "Lena", "Matthias", "Jürgen", "Sabine", "Felix" },
			{ "Lucía", "Javier", "Carmen", "Íñigo", "Nuria", "Álvaro" },
			{ "Giulia", "Marco", "Francesca", "Niccolò", "Elena", "Luca" } };
	private static final String[][] LAST = {
			{ "Novák", "Svobodová", "Černý", "Procházka", "Kučera", "Veselá" },
			{ "Kowalska", "Zieliński", "Lewandowska", "Kamiński", "Dąbrowska", "Wiśniewski" },
			{ "Jensen", "Nørgaard", "Sørensen", "Kjær", "Mølgaard", "Thomsen" },
			{ "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Fekete" },
			{ "Dubois", "Moreau", "Girard", "Lefebvre", "Rousseau", "Chevalier" },
			{ "Schäfer", "Weiß", "Krüger", "Hoffmann", "Köhler", "Braun" },
			{ "García", "Fernández", "López", "Martínez", "Sánchez", "Núñez" },
			{ "Rossi", "Bianchi", "Romano", "Ricci", "Marino", "Greco" } };
	private static final Map<String, String> NOT_DECOMPOSABLE = Map.of("ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "ß", "ss",
			"æ", "ae", "đ", "d");

	private final Random random;

	public Names(Random random) {
		this.random = random;
	}

	/** A full name from one of the name pools, so that first and last name go together. */
	public String next() {
		int country = random.nextInt(FIRST.length);
		String last = LAST[country][random.nextInt(LAST[country].length)];
		return FIRST[country][random.nextInt(FIRST[country].length)] + " " + last;
	}

	/** {@code firstname.lastname@domain} in plain ASCII. */
	public static String email(String name, String domain) {
		String ascii = name;
		for (Map.Entry<String, String> letter : NOT_DECOMPOSABLE.entrySet()) {
			ascii = ascii.replace(letter.getKey(), letter.getValue());
		}
		ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().replace(' ', '.') + "@" + domain;
	}
}

package org.fulcrum.cli.internal.scores;

import org.fulcrum.assessment.scoring.RaterGroup;

/** Rater groups as exports spell them: {@code self}, {@code directReport}, {@code allOthers}. */
final class GroupNames {

	private GroupNames() {
	}

	static String of(RaterGroup group) {
		String[] words = group.name().toLowerCase(java.util.Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}
}

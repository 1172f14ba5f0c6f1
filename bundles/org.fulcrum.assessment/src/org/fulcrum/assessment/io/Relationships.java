package org.fulcrum.assessment.io;

import java.util.Locale;

import org.fulcrum.model.RelationshipGroup;

/** Relationship names as people type them: {@code direct report}, {@code Direct-Report}, {@code directReport}. */
final class Relationships {

	private Relationships() {
	}

	/** The group, or null when the text names none. */
	static RelationshipGroup parse(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
		for (RelationshipGroup group : RelationshipGroup.values()) {
			if (group.getLiteral().toLowerCase(Locale.ROOT).equals(key)) {
				return group;
			}
		}
		return null;
	}
}

package org.fulcrum.model.query;

import java.util.Locale;

import org.fulcrum.model.RelationshipGroup;

/**
 * A rater's relationship as people write it: "direct report", not the model's literal
 * {@code directReport} (which stays the spelling of files and imports).
 */
public final class GroupWords {

	private GroupWords() {
	}

	/** "self", "manager", "peer", "direct report", "partner", "other". */
	public static String of(RelationshipGroup group) {
		return group == null ? "" : group.getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}

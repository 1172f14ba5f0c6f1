package org.fulcrum.server.internal.access;

import java.util.Locale;

/** Access to one engagement, in rising order: each level can do all the one below can. */
public enum Level {
	VIEWER, EDITOR, OWNER;

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean atLeast(Level other) {
		return compareTo(other) >= 0;
	}

	/** The level a word names, or an error listing the levels. */
	public static Level parse(String word) {
		for (Level level : values()) {
			if (level.word().equals(word)) {
				return level;
			}
		}
		throw new IllegalArgumentException("unknown access level '" + word + "'; use owner, editor or viewer");
	}
}

package org.fulcrum.server.internal.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an account is for (docs/server.md "Accounts and roles"); the grants per engagement come on top. */
public enum Role {
	/** Runs engagements: reads, writes and publishes those granted, and starts new ones. */
	CONSULTANT,
	/** Sees the plans and sessions of the participants assigned to them; never raw answers. */
	COACH,
	/** Reads the engagements granted to them, never more than a viewer, however granted. */
	HR_VIEWER,
	/** Manages accounts and reads the access audit; reads no engagement they were not granted. */
	ADMINISTRATOR;

	/** The word in the database and on the command line: consultant, coach, hr-viewer, administrator. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The role a word names, or an error listing the roles. */
	public static Role parse(String word) {
		for (Role role : values()) {
			if (role.word().equals(word)) {
				return role;
			}
		}
		throw new IllegalArgumentException("unknown role '" + word + "'; use one of " + words());
	}

	static String words() {
		return Arrays.stream(values()).map(Role::word).collect(Collectors.joining(", "));
	}
}

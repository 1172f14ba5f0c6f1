package org.fulcrum.server.protocol;

/**
 * The names of engagements in the repository: 1 to 200 characters, starting with a letter or
 * digit, then letters, digits, spaces and {@code . _ ( ) + , & ' -}; no space at the end. They
 * travel in API addresses and become file names on checkout, so nothing else is allowed.
 */
public final class RepositoryNames {

	private static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._()+,&'-]{0,199}";

	private RepositoryNames() {
	}

	public static boolean valid(String name) {
		return name != null && name.matches(PATTERN) && !name.endsWith(" ") && !name.endsWith(".");
	}

	/** Throws an {@link IllegalArgumentException} that says the rule when {@code name} breaks it. */
	public static String require(String name) {
		if (!valid(name)) {
			throw new IllegalArgumentException(explain(name));
		}
		return name;
	}

	/** Why {@code name} is not a repository name. */
	public static String explain(String name) {
		return "'" + name + "' is not a repository name: use 1 to 200 letters, digits, spaces and . _ ( ) + , & ' -,"
				+ " starting with a letter or digit and not ending with a space or dot";
	}
}

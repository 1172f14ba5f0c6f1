package org.fulcrum.cli.internal.commands;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.UsageException;

/** Reads the word after a command that names what to do, e.g. {@code draft} in {@code plan draft ENG}. */
final class Subcommand {

	private Subcommand() {
	}

	static String of(Arguments arguments, String command, String... known) throws UsageException {
		String word = arguments.operand(0, "what to do (" + String.join(", ", known) + ")");
		for (String candidate : known) {
			if (candidate.equals(word)) {
				return word;
			}
		}
		throw new UsageException(command + ": unknown subcommand '" + word + "'; use one of " + String.join(", ", known)
				+ " (see ./fulcrum " + command + " --help)");
	}
}

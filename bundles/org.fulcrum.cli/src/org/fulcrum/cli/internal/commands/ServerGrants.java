package org.fulcrum.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Level;

/** {@code ./fulcrum server grant|revoke|coach|grants ...}: who may reach which engagement, and whom a coach coaches. */
final class ServerGrants {

	private ServerGrants() {
	}

	static int run(String what, Arguments arguments, Console console, Accounts accounts) throws Exception {
		arguments.allowOnly(Set.of("config"));
		switch (what) {
		case "grant" -> {
			arguments.atMost(4);
			String engagement = arguments.operand(1, "the ENGAGEMENT");
			String user = arguments.operand(2, "the USER");
			Level level;
			try {
				level = Level.parse(arguments.operand(3, "the access level (owner, editor or viewer)"));
			} catch (IllegalArgumentException e) {
				throw ServerCommand.badWord(arguments, e);
			}
			accounts.grant(engagement, user, level);
			console.out().println("server grant: " + user + " is " + level.word() + " of " + engagement);
		}
		case "revoke" -> {
			arguments.atMost(3);
			String engagement = arguments.operand(1, "the ENGAGEMENT");
			String user = arguments.operand(2, "the USER");
			if (!accounts.revoke(engagement, user)) {
				console.err().println("fulcrum: server revoke: " + user + " had no access to " + engagement);
				return ExitCode.FINDINGS;
			}
			console.out().println("server revoke: " + user + " has no access to " + engagement + " any more");
		}
		case "coach" -> {
			String engagement = arguments.operand(1, "the ENGAGEMENT");
			String user = arguments.operand(2, "the coach's USER name");
			arguments.operand(3, "at least one PARTICIPANT id");
			List<String> participants = new ArrayList<>();
			for (int i = 3; arguments.operandOr(i, null) != null; i++) {
				participants.add(arguments.operandOr(i, null));
			}
			int added = accounts.coach(engagement, user, participants);
			console.out().println("server coach: " + user + " coaches " + participants.size() + " participant(s) of " + engagement + " ("
					+ added + " new)");
		}
		default -> {
			arguments.atMost(2);
			for (Accounts.Grant grant : accounts.grants(arguments.operandOr(1, null))) {
				console.out().printf("%s\t%s\t%s%n", grant.engagement(), grant.account(), grant.level().word());
			}
		}
		}
		return ExitCode.OK;
	}
}

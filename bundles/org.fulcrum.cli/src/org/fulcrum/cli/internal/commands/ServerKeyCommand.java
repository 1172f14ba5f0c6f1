package org.fulcrum.cli.internal.commands;

import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.internal.access.AccountException;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.store.Database;

/**
 * {@code ./fulcrum server-key create NAME | list | revoke ID [--config FILE]}: the short form of
 * {@code server users key|keys|revoke-key}, kept for scripts; {@code create} makes a consultant
 * account NAME first when there is none. A key is printed once, at creation.
 */
public final class ServerKeyCommand implements Command {

	@Override
	public String name() {
		return "server-key";
	}

	@Override
	public String synopsis() {
		return "create NAME | list | revoke ID [--config FILE]";
	}

	@Override
	public String summary() {
		return "create, list or revoke API keys of a Fulcrum server (short for server users key|keys|revoke-key)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("config")).atMost(2);
		String what = Subcommand.of(arguments, name(), "create", "list", "revoke");
		try (Database database = Database.open(ServeCommand.config(arguments, 8080))) {
			Accounts accounts = new Accounts(database, ServerCommand.actor());
			switch (what) {
			case "create" -> console.out().println(accounts.keyFor(arguments.operand(1, "the key owner's NAME")));
			case "list" -> accounts.keys(null).forEach(k -> console.out().printf("%d\t%s\tcreated %s%s%n", k.id(), k.account(), k.created(),
					k.revoked() == null ? "" : "\trevoked " + k.revoked()));
			default -> {
				return ServerUsers.revokeKey(arguments, console, accounts, 1, "server-key revoke");
			}
			}
			return ExitCode.OK;
		} catch (AccountException e) {
			console.err().println("fulcrum: server-key " + what + ": " + e.getMessage());
			return ExitCode.FINDINGS;
		}
	}
}

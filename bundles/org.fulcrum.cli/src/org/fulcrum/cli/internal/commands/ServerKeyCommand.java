package org.fulcrum.cli.internal.commands;

import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.store.ApiStore;
import org.fulcrum.server.internal.store.Database;

/**
 * {@code ./fulcrum server-key create NAME | list | revoke ID [--config FILE]}: the server
 * administrator's API keys, straight in the server's database. A key is printed once, at creation.
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
		return "create, list or revoke the consultants' API keys of a Fulcrum server";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("config")).atMost(2);
		String what = Subcommand.of(arguments, name(), "create", "list", "revoke");
		ServerConfig config = ServeCommand.config(arguments, 8080);
		try (Database database = Database.open(config)) {
			ApiStore keys = new ApiStore(database);
			switch (what) {
			case "create" -> {
				String key = keys.createKey(arguments.operand(1, "the key owner's NAME"));
				console.out().println(key);
			}
			case "list" -> keys.keys().forEach(k -> console.out().printf("%d\t%s\tcreated %s%s%n", k.id(), k.owner(), k.created(),
					k.revoked() == null ? "" : "\trevoked " + k.revoked()));
			default -> {
				String id = arguments.operand(1, "the ID of the key to revoke (see server-key list)");
				long number;
				try {
					number = Long.parseLong(id);
				} catch (NumberFormatException e) {
					throw new UsageException("server-key revoke: '" + id + "' is not a key ID (see server-key list)");
				}
				if (!keys.revokeKey(number)) {
					console.err().println("fulcrum: server-key revoke: no live key " + number);
					return ExitCode.FINDINGS;
				}
				console.out().println("server-key: key " + number + " revoked");
			}
			}
			return ExitCode.OK;
		}
	}

}

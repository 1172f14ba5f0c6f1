package org.fulcrum.cli.internal.commands;

import java.util.List;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.client.RepositoryClient;

/** {@code ./fulcrum engagements [SEARCH]}: the engagements of the server's repository one may read, by name. */
public final class EngagementsCommand implements Command {

	@Override
	public String name() {
		return "engagements";
	}

	@Override
	public String synopsis() {
		return "[SEARCH] [--server URL] [--limit N]";
	}

	@Override
	public String summary() {
		return "list (or search by name) the engagements in the server's repository you may read";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server", "limit")).atMost(1);
		String search = arguments.operandOr(0, null);
		int limit = arguments.intOption("limit", 100, 1);
		List<RepositoryClient.Listed> listed = ServerAccess.repository(arguments, RepositoryTarget.server(arguments, null)).list(search, Math.min(limit, 1000));
		for (RepositoryClient.Listed engagement : listed) {
			console.out().printf("%s  version %d  %s  %s%n", engagement.name(), engagement.latest(), RepositoryTarget.time(engagement.updated()),
					engagement.updatedBy());
		}
		if (listed.isEmpty()) {
			console.out().println(search == null ? "no engagements you may read" : "no engagement you may read has '" + search + "' in its name");
		}
		return ExitCode.OK;
	}
}

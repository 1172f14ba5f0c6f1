package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.server.client.RepositorySync;
import org.fulcrum.server.protocol.RepositoryNames;

/** {@code ./fulcrum checkout NAME DIR}: a version of an engagement of the repository into {@code DIR/NAME.fulcrum}. */
public final class CheckoutCommand implements Command {

	@Override
	public String name() {
		return "checkout";
	}

	@Override
	public String synopsis() {
		return "NAME DIR [--server URL] [--version N]";
	}

	@Override
	public String summary() {
		return "write the latest (or version N) of an engagement in the server's repository into DIR/NAME.fulcrum";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server", "version")).atMost(2);
		String name = arguments.operand(0, "the repository name NAME");
		Path dir = Path.of(arguments.operand(1, "the folder DIR"));
		if (!RepositoryNames.valid(name)) {
			throw new UsageException("checkout: " + RepositoryNames.explain(name));
		}
		int version = RepositoryTarget.version(arguments, arguments.option("version", "latest"));
		URI server = RepositoryTarget.server(arguments, null);
		Path file = new RepositorySync(ServerAccess.repository(arguments, server)).checkout(name, version, dir);
		var link = RepositoryTarget.link(file).orElseThrow();
		console.out().printf("checkout: version %d of '%s' from %s into %s%s%n", link.version(), name, server, file,
				link.withoutAnswers() ? " (a view without answers: it cannot be pushed)" : "");
		return ExitCode.OK;
	}
}

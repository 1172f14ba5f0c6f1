package org.fulcrum.cli.internal.commands;

import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.ServerException;

/** {@code ./fulcrum restore ENG|NAME N}: a new latest version equal to version N; nothing is deleted. */
public final class RestoreCommand implements Command {

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String synopsis() {
		return "ENG|NAME N [--server URL]";
	}

	@Override
	public String summary() {
		return "make version N the latest again, as a new version (the history keeps everything)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server")).atMost(2);
		RepositoryTarget target = RepositoryTarget.of(arguments, arguments.operand(0, "the engagement file ENG or repository name NAME"));
		int number = RepositoryTarget.version(arguments, arguments.operand(1, "the version N"));
		if (number == 0) {
			throw new org.fulcrum.cli.internal.UsageException("restore: name the version to restore by its number");
		}
		RepositoryClient.Outcome outcome = target.client(arguments).restore(target.name(), number);
		if (!outcome.stored()) {
			throw new ServerException(target.server() + ": " + outcome.reason() + "; try again");
		}
		console.out().printf("restore: version %d of '%s' is now version %d%n", number, target.name(), outcome.version().number());
		if (target.file() != null) {
			console.out().printf("  %s is still based on version %d: push merges it with the restored version, or check out version %d again%n",
					target.file().getFileName(), target.link().version(), outcome.version().number());
		}
		return ExitCode.OK;
	}
}

package org.fulcrum.cli.internal.commands;

import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.client.RepositoryClient;

/** {@code ./fulcrum history ENG|NAME}: the versions of an engagement in the repository, newest first. */
public final class HistoryCommand implements Command {

	@Override
	public String name() {
		return "history";
	}

	@Override
	public String synopsis() {
		return "ENG|NAME [--server URL]";
	}

	@Override
	public String summary() {
		return "the versions of an engagement in the server's repository: number, time, author, message";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server")).atMost(1);
		RepositoryTarget target = RepositoryTarget.of(arguments, arguments.operand(0, "the engagement file ENG or repository name NAME"));
		console.out().printf("'%s' on %s%n", target.name(), target.server());
		for (RepositoryClient.VersionInfo version : target.client(arguments).history(target.name())) {
			boolean base = target.link() != null && target.link().version() == version.number();
			String message = version.message().isBlank() ? "" : "  " + version.message().replaceAll("\\R", " ");
			console.out().printf("%s%4d  %s  %s  %s%s%n", base ? "*" : " ", version.number(), RepositoryTarget.time(version.at()), version.author(),
					RepositoryTarget.size(version.stored()), message);
		}
		if (target.link() != null) {
			console.out().printf("(* the version %s was made from)%n", target.file().getFileName());
		}
		return ExitCode.OK;
	}
}

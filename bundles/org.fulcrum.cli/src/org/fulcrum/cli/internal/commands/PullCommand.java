package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.SheetPull;

/**
 * {@code ./fulcrum pull ENG}: brings the submitted sheets from the server into the engagement
 * through the checks of {@code import-responses}; all or none, and pulling again changes nothing.
 */
public final class PullCommand implements Command {

	@Override
	public String name() {
		return "pull";
	}

	@Override
	public String synopsis() {
		return "ENG [--server URL]";
	}

	@Override
	public String summary() {
		return "take the sheets raters submitted on the server into the engagement; all or none, idempotent";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		URI server = ServerAccess.server(arguments, file);
		ServerClient client = ServerAccess.client(arguments, server);
		try (EngagementDocument document = new EngagementStore().open(file)) {
			String sheets = client.submittedSheets(document.engagement().getId());
			SheetPull.Result result;
			Path source = Path.of("sheets from " + server.getAuthority());
			try {
				result = SheetPull.apply(document.engagement(), sheets, source);
			} catch (ImportException e) {
				for (ImportProblem problem : e.problems()) {
					console.err().println(problem);
				}
				console.err().println("fulcrum: pull: " + e.problems().size() + " problem(s) in the sheets from " + server
						+ "; nothing was taken in and " + file.getFileName() + " is unchanged");
				return ExitCode.FINDINGS;
			}
			if (result.added() > 0) {
				document.markDirty();
				document.save();
			}
			console.out().printf("pull: %d new sheet(s) from %s taken into %s (%d there already)%n", result.added(), server, file.getFileName(),
					result.alreadyIn());
			return ExitCode.OK;
		}
	}
}

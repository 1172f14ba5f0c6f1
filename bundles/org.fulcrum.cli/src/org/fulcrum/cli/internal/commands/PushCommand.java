package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.server.client.CheckoutLink;
import org.fulcrum.server.client.RepositorySync;
import org.fulcrum.server.protocol.RepositoryNames;

/**
 * {@code ./fulcrum push ENG}: the engagement file becomes the next version in the server's
 * repository (the first push creates it there). A file based on an older version than the latest
 * is merged when the changes touch different objects, else refused with the conflicting objects.
 */
public final class PushCommand implements Command {

	@Override
	public String name() {
		return "push";
	}

	@Override
	public String synopsis() {
		return "ENG [--server URL] [--name NAME] [--message M] [--as-copy NEWNAME]";
	}

	@Override
	public String summary() {
		return "save the engagement as a new version in the server's repository; merges or refuses, never loses an update";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server", "name", "message", "as-copy")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		if (!Files.isRegularFile(file)) {
			throw new StoreException(file.toAbsolutePath(), "does not exist");
		}
		Optional<CheckoutLink> link = RepositoryTarget.link(file);
		String copy = arguments.option("as-copy", null);
		String given = arguments.option("name", null);
		String name = copy != null ? copy : given != null ? given : link.map(CheckoutLink::name).orElse(stem(file));
		if (copy == null && given != null && link.isPresent() && !given.equals(link.get().name())) {
			throw new UsageException("push: " + file.getFileName() + " is '" + link.get().name() + "' in the repository; push it under another name with --as-copy NEWNAME");
		}
		if (!RepositoryNames.valid(name)) {
			throw new UsageException("push: " + RepositoryNames.explain(name) + (given == null && copy == null ? "; give one with --name NAME" : ""));
		}
		URI server = ServerAccess.given(arguments).orElse(copy == null && link.isPresent() ? link.get().server() : RepositoryTarget.server(arguments, file));
		RepositorySync sync = new RepositorySync(ServerAccess.repository(arguments, server));
		RepositorySync.Pushed pushed = sync.push(file, name, arguments.option("message", ""), copy != null);
		if (pushed instanceof RepositorySync.Stored stored && stored.version() == stored.mergedWith()) {
			console.out().printf("push: nothing in %s that version %d of '%s' (%s, %s) lacks; no new version, %s now holds version %d%n", file.getFileName(),
					stored.version().number(), stored.name(), stored.version().author(), RepositoryTarget.time(stored.version().at()), file.getFileName(),
					stored.version().number());
			return ExitCode.OK;
		}
		if (pushed instanceof RepositorySync.Stored stored) {
			console.out().printf("push: %s is version %d of '%s' on %s%n", file.getFileName(), stored.version().number(), stored.name(), server);
			if (stored.mergedWith() != null) {
				console.out().printf("  merged with version %d (%s, %s): your changes and theirs touched different objects; %s now holds both%n",
						stored.mergedWith().number(), stored.mergedWith().author(), RepositoryTarget.time(stored.mergedWith().at()), file.getFileName());
			}
			return ExitCode.OK;
		}
		RepositorySync.Conflict conflict = (RepositorySync.Conflict) pushed;
		for (String object : conflict.conflicts()) {
			console.err().println(file.getFileName() + ": conflict: " + object);
		}
		console.err().printf("fulcrum: push: version %d of '%s' (%s, %s) changed %d of the objects %s changed since version %d; nothing was pushed and "
				+ "%s is unchanged. Either reload (./fulcrum checkout '%s' OTHER-DIR, then make your changes there again) or keep yours as a copy "
				+ "(./fulcrum push %s --as-copy 'NEW NAME')%n", conflict.latest().number(), conflict.name(), conflict.latest().author(),
				RepositoryTarget.time(conflict.latest().at()), conflict.conflicts().size(), file.getFileName(), conflict.base(), file.getFileName(),
				conflict.name(), file);
		return ExitCode.FINDINGS;
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".fulcrum") ? name.substring(0, name.length() - ".fulcrum".length()) : name;
	}
}

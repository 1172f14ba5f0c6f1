package org.fulcrum.cli.internal.commands;

import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.repository.VersionComparison;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.ServerException;

/**
 * {@code ./fulcrum compare ENG|NAME V1 V2}: what changed from version V1 to V2, in words; never an
 * answer. {@code local} stands for the engagement file itself, {@code latest} for the newest version.
 */
public final class CompareCommand implements Command {

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public String synopsis() {
		return "ENG|NAME V1 V2 [--server URL]   (a version: N, latest, or local for the file ENG)";
	}

	@Override
	public String summary() {
		return "what changed between two versions, in words: objects added, removed, changed; responses counted per participant";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server")).atMost(3);
		RepositoryTarget target = RepositoryTarget.of(arguments, arguments.operand(0, "the engagement file ENG or repository name NAME"));
		String first = arguments.operand(1, "the version V1");
		String second = arguments.operand(2, "the version V2");
		RepositoryClient client = target.client(arguments);
		Loaded older = load(arguments, target, client, first);
		Loaded newer = load(arguments, target, client, second);
		console.out().printf("'%s': from %s to %s%n", target.name(), older.label(), newer.label());
		for (String line : VersionComparison.compare(older.engagement(), newer.engagement())) {
			console.out().println("  " + line);
		}
		return ExitCode.OK;
	}

	private record Loaded(String label, Engagement engagement) {
	}

	private static Loaded load(Arguments arguments, RepositoryTarget target, RepositoryClient client, String version) throws Exception {
		if (version.equals("local")) {
			if (target.file() == null) {
				throw new UsageException("compare: 'local' needs an engagement file ENG, not a repository name");
			}
			return new Loaded(target.file().getFileName().toString(), new EngagementStore().read(target.file()));
		}
		RepositoryClient.Fetched fetched = client.version(target.name(), RepositoryTarget.version(arguments, version));
		try {
			return new Loaded("version " + fetched.number() + " (" + fetched.author() + ", " + RepositoryTarget.time(fetched.at()) + ")",
					EngagementEncoding.decode(fetched.content(), java.nio.file.Path.of(target.name() + ".fulcrum")));
		} catch (java.io.IOException e) {
			throw new ServerException(client.server() + ": version " + fetched.number() + " of '" + target.name() + "': " + e.getMessage(), e);
		}
	}
}

package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.ServerLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md's rule for every command: what a command produces and its summary go to stdout;
 * stderr stays empty when the command succeeds (problems only, one {@code fulcrum:} line for an
 * error). Every command of the CLI must have a successful run here, so that a new command cannot
 * slip past the rule; the few that need a running server are run by the server's tests and the
 * product's serve-demo.sh, and are named below with that reason. The repository commands run
 * against a server this test starts in process.
 */
class QuietSuccessTest {

	/** Commands that block or need a live server, with where their quiet success is checked instead. */
	private static final Map<String, String> ELSEWHERE = Map.of("serve", "runs until stopped (serve-demo.sh checks its stderr)",
			"publish", "needs a server (serve-demo.sh publishes through serve --demo)", "pull", "needs a server (serve-demo.sh)",
			"remind", "needs a server (ReminderTest in org.fulcrum.server.tests)", "withdraw", "needs a server (ReminderTest in org.fulcrum.server.tests)",
			"plugins", "needs an installed product's p2 profile (check-archives.sh lists, installs and removes on the unpacked archive)");

	@TempDir
	Path folder;

	@Test
	void everyCommandSucceedsWithNothingOnStderr() throws Exception {
		CliRun cli = new CliRun();
		Path dir = folder.resolve("demo");
		Map<String, List<String[]>> runs = new LinkedHashMap<>();
		add(runs, "demo", dir.toString());
		String eng = dir.resolve("demo-engagement.fulcrum").toString();
		String fresh = folder.resolve("new.fulcrum").toString();
		Files.writeString(folder.resolve("participants.csv"), "id,name,email\npm-1,Zoë Martin,zoe@example.com\n");
		Files.writeString(folder.resolve("raters.csv"), "participant,rater_name,email,relationship\npm-1,Ana,ana@example.com,peer\n");
		add(runs, "create", fresh, "--instrument", "character-model", "--name", "Pilot");
		add(runs, "import-participants", fresh, folder.resolve("participants.csv").toString());
		add(runs, "import-raters", fresh, folder.resolve("raters.csv").toString());
		add(runs, "export-forms", fresh, folder.resolve("forms").toString());
		add(runs, "import-responses", fresh, folder.resolve("responses.csv").toString());
		add(runs, "validate", eng);
		add(runs, "instruments");
		add(runs, "check", eng);
		add(runs, "status", eng);
		add(runs, "policy", eng);
		add(runs, "score", eng, "--format", "csv");
		add(runs, "report", eng, "--out", folder.resolve("reports").toString(), "--format", "html", "--participant", "PARTICIPANT");
		add(runs, "coaching-report", eng, "--out", folder.resolve("coaching").toString(), "--progress", "--format", "html", "--as-of",
				"2026-11-27");
		add(runs, "plan", "check", eng);
		add(runs, "plan", "draft", eng, "--participant", "PARTICIPANT", "--start", "2026-12-01");
		add(runs, "program", "list");
		add(runs, "program", "progress", eng, "--as-of", "2026-11-27");
		add(runs, "sessions", "list", eng);
		add(runs, "sessions", "add", eng, "--participant", "PARTICIPANT", "--date", "2026-11-20", "--kind", "opportunity-review");
		add(runs, "issues", "list", eng, "--as-of", "2026-11-27");
		add(runs, "issues", "path", eng);
		add(runs, "issues", "outbox", eng);
		add(runs, "issues", "escalate", eng, "--as-of", "2026-12-01");
		add(runs, "issues", "partner-view", eng, "--partner", "PARTNER", "--as-of", "2026-12-01", "--output",
				folder.resolve("partner-view.txt").toString());
		add(runs, "new-instrument", folder.resolve("instrument").toString(), "--id", "quiet-check", "--name", "Quiet check");
		Path config = folder.resolve("server.properties");
		Files.writeString(config, "database.url = jdbc:h2:" + folder.resolve("keys").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE\n");
		add(runs, "server-key", "create", "Ada Consultant", "--config", config.toString());
		Files.writeString(folder.resolve("password.txt"), "a long passphrase for her\n");
		add(runs, "server", "users", "add", "Bea", "--role", "coach", "--password-file", folder.resolve("password.txt").toString(), "--config",
				config.toString());
		add(runs, "server", "grant", "pilot", "Ada Consultant", "owner", "--config", config.toString());
		add(runs, "server", "coach", "pilot", "Bea", "pm-1", "--config", config.toString());
		add(runs, "server", "audit", "--engagement", "pilot", "--config", config.toString());
		Path restored = folder.resolve("restored.properties");
		Files.writeString(restored, "database.url = jdbc:h2:" + folder.resolve("restored").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE\n");
		add(runs, "server-backup", "create", folder.resolve("keys.zip").toString(), "--config", config.toString());
		add(runs, "server-backup", "restore", folder.resolve("keys.zip").toString(), "--config", restored.toString());
		// The repository commands against a server started here, in process, on H2.
		FulcrumServer repository = FulcrumServer.start(ServerConfig.embedded(folder.resolve("repository"), 0));
		String server = "http://127.0.0.1:" + repository.port();
		Path keys = folder.resolve("api-keys.properties");
		ServerLink.storeKey(URI.create(server), repository.createKey("Quiet Consultant"), Map.of("FULCRUM_KEY_FILE", keys.toString()));
		String before = System.getProperty("fulcrum.keyFile");
		System.setProperty("fulcrum.keyFile", keys.toString());
		add(runs, "push", eng, "--server", server, "--name", "quiet pilot", "--message", "first");
		add(runs, "checkout", "quiet pilot", folder.resolve("checkout").toString(), "--server", server);
		add(runs, "engagements", "QUIET", "--server", server);
		add(runs, "history", eng);
		add(runs, "compare", eng, "1", "local");
		add(runs, "restore", "quiet pilot", "1", "--server", server);

		Set<String> missing = new TreeSet<>(new Cli(new Console(System.out, System.err)).commandNames());
		missing.removeAll(runs.keySet());
		missing.removeAll(ELSEWHERE.keySet());
		assertEquals(Set.of(), missing, "commands without a successful run in this test (add one)");

		Map<String, String> ids = new LinkedHashMap<>();
		for (Map.Entry<String, List<String[]>> command : runs.entrySet()) {
			for (String[] arguments : command.getValue()) {
				if (command.getKey().equals("import-responses")) {
					responses(folder.resolve("forms"), folder.resolve("responses.csv"));
				}
				String[] line = substitute(arguments, ids, eng);
				int code = cli.run(line);
				assertEquals(ExitCode.OK, code, String.join(" ", line) + "\n" + cli.err());
				assertEquals("", cli.err(), String.join(" ", line) + " wrote to stderr on success");
			}
		}
		assertTrue(Files.isDirectory(folder.resolve("reports")));
		assertTrue(Files.isRegularFile(folder.resolve("checkout").resolve("quiet pilot.fulcrum")));
		repository.close();
		if (before == null) {
			System.clearProperty("fulcrum.keyFile");
		} else {
			System.setProperty("fulcrum.keyFile", before);
		}
	}

	private static void add(Map<String, List<String[]>> runs, String... line) {
		runs.computeIfAbsent(line[0], k -> new ArrayList<>()).add(line);
	}

	/** Fills PARTICIPANT and PARTNER from the demo engagement once it exists. */
	private static String[] substitute(String[] arguments, Map<String, String> ids, String eng) throws Exception {
		String[] line = arguments.clone();
		for (int i = 0; i < line.length; i++) {
			if (line[i].equals("PARTICIPANT") || line[i].equals("PARTNER")) {
				if (ids.isEmpty()) {
					Engagement engagement = new EngagementStore().read(Path.of(eng));
					// one without a development plan yet, so that plan draft has something to do
					ids.put("PARTICIPANT", engagement.getPeople().stream().filter(PartnerManager.class::isInstance)
							.filter(p -> engagement.getPlans().stream().noneMatch(plan -> plan.getParticipant() == p)).findFirst().orElseThrow()
							.getId());
					ids.put("PARTNER", engagement.getPartners().get(0).getId());
				}
				line[i] = ids.get(line[i]);
			}
		}
		return line;
	}

	/** Answers every open questionnaire of the template export-forms wrote. */
	private static void responses(Path forms, Path target) throws Exception {
		Files.writeString(target, CliRun.csv(CliRun.answeredTemplate(forms, column -> 1 + column % 5, "Fine work")));
	}
}

package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.protocol.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/server.md, Backup and restore: {@code ./fulcrum server-backup create} of a database with
 * published engagements, saved, submitted and withdrawn sheets (PostgreSQL through pg_dump while
 * the server runs; H2 as a script while it is stopped), {@code restore} into a new database, and
 * a server on it holds the same rows, audit included, serves the same links and sheets, and goes on.
 */
class BackupTest {

	private static final String TABLES = "api_key engagement form sheet rater_session audit fulcrum_schema";

	@TempDir
	Path folder;

	@Test
	void postgresBackedUpWithPgDumpWhileServingRestoresIntoANewDatabase() throws Exception {
		TestPostgres.require();
		ServerConfig source = ServerConfig.embedded(folder, 0).withDatabase(TestPostgres.freshDatabase("backup"), "fulcrum", "");
		ServerConfig target = ServerConfig.embedded(folder, 0).withDatabase(TestPostgres.freshDatabase("restored"), "fulcrum", "");
		roundTrip(source, target, true);
	}

	@Test
	void h2BackedUpAsAScriptRestoresIntoANewDatabase() throws Exception {
		roundTrip(ServerConfig.embedded(folder.resolve("source"), 0), ServerConfig.embedded(folder.resolve("target"), 0), false);
	}

	private void roundTrip(ServerConfig source, ServerConfig target, boolean whileServing) throws Exception {
		Path backup = folder.resolve("fulcrum.backup");
		Path from = Databases.settings(folder, source);
		Path into = Databases.settings(folder, target);
		String key;
		List<String> first;
		Map<String, String> sheets = new LinkedHashMap<>();
		try (FulcrumServer server = FulcrumServer.start(source)) {
			URI base = URI.create("http://127.0.0.1:" + server.port());
			key = server.createKey("backup");
			first = Sheets.publish(base, key, "first", 6);
			List<String> second = Sheets.publish(base, key, "second", 3);
			assertTrue(Sheets.submit(base, first.get(0), 1) && Sheets.submit(base, first.get(1), 2) && Sheets.submit(base, second.get(0), 3));
			Rater saving = new Rater(base);
			Map<String, String> form = new LinkedHashMap<>(Rater.hidden(saving.open(base.resolve("/r/" + first.get(2))).body()));
			form.put("a:A.2", "4");
			form.put("c:A", "Listens <well> & \"asks\"");
			form.put("action", "save");
			assertEquals(303, saving.post("/q", form).statusCode());
			ServerClient client = new ServerClient(base, key);
			assertEquals(1, client.withdraw("first", List.of(Secrets.hash(first.get(3)))));
			for (String engagement : List.of("first", "second")) {
				sheets.put(engagement, client.submittedSheets(engagement));
			}
			if (whileServing) {
				assertEquals(0, cli("create", backup, from).code());
			}
		}
		if (!whileServing) {
			assertEquals(0, cli("create", backup, from).code());
		}
		assertTrue(Files.size(backup) > 0);
		assertTrue(Files.list(folder).noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial file left");
		DemoServer.Run again = cli("create", backup, from);
		assertEquals(ExitCode.DATA, again.code());
		assertTrue(again.err().contains("already exists"), again.err());

		assertEquals(0, cli("restore", backup, into).code());
		assertEquals(contents(source), contents(target), "the restored database holds the same rows, the audit included");
		DemoServer.Run twice = cli("restore", backup, into);
		assertEquals(ExitCode.DATA, twice.code(), "a restore goes only into a new database");
		assertTrue(twice.err().contains("restore into a new database"), twice.err());

		try (FulcrumServer restored = FulcrumServer.start(target)) {
			URI base = URI.create("http://127.0.0.1:" + restored.port());
			ServerClient client = new ServerClient(base, key);
			for (Map.Entry<String, String> engagement : sheets.entrySet()) {
				assertEquals(engagement.getValue(), client.submittedSheets(engagement.getKey()), "the same sheets to pull, by the same key");
			}
			assertTrue(new Rater(base).open(base.resolve("/r/" + first.get(0))).body().contains("can no longer be changed"),
					"a submitted sheet's link says so");
			String saved = new Rater(base).open(base.resolve("/r/" + first.get(2))).body();
			assertTrue(saved.contains("name=\"a:A.2\" value=\"4\" checked") && saved.contains("Listens &lt;well&gt; &amp; &quot;asks&quot;"),
					"a saved sheet's link shows its answers and comment");
			assertEquals(410, new Rater(base).get("/r/" + first.get(3)).statusCode(), "a withdrawn link stays closed");
			// and it goes on: new sheets, sessions and audit rows after the restored ones
			assertTrue(Sheets.submit(base, first.get(4), 5));
			List<String> third = Sheets.publish(base, key, "third", 2);
			assertTrue(Sheets.submit(base, third.get(0), 1));
		}
	}

	private static DemoServer.Run cli(String what, Path backup, Path settings) {
		DemoServer.Run run = DemoServer.cli("server-backup", what, backup.toString(), "--config", settings.toString());
		assertTrue(run.code() != 0 || run.err().isEmpty(), run.err());
		return run;
	}

	private static String contents(ServerConfig config) throws Exception {
		StringBuilder out = new StringBuilder();
		try (Connection connection = Databases.connect(config); Statement statement = connection.createStatement()) {
			for (String table : TABLES.split(" ")) {
				out.append("== ").append(table).append('\n').append(Databases.rows(statement, table));
			}
		}
		return out.toString();
	}
}

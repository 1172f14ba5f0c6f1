package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.ConfigException;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.protocol.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema migrations on start (docs/server.md, Upgrades and migrations), on PostgreSQL and H2:
 * servers starting together on an empty database migrate it once; a database newer than the
 * server, or with an applied migration edited, is refused by serve and by every command that
 * opens it, and left unchanged; /health tells a load balancer what it needs and nothing more.
 */
class MigrationTest {

	@TempDir
	Path folder;

	private static Connection connect(ServerConfig config) throws SQLException {
		return Databases.connect(config);
	}

	private ServerConfig postgres(String name) throws SQLException {
		TestPostgres.require();
		return ServerConfig.embedded(folder, 0).withDatabase(TestPostgres.freshDatabase(name), "fulcrum", "");
	}

	private ServerConfig h2(String name) {
		return ServerConfig.embedded(folder.resolve(name), 0);
	}

	@Test
	void serversStartingTogetherOnAnEmptyPostgresMigrateItOnce() throws Exception {
		startingTogetherMigratesOnce(postgres("together"));
	}

	@Test
	void serversStartingTogetherOnAnEmptyH2MigrateItOnce() throws Exception {
		startingTogetherMigratesOnce(h2("together"));
	}

	private static void startingTogetherMigratesOnce(ServerConfig config) throws Exception {
		int starters = 6;
		CyclicBarrier start = new CyclicBarrier(starters);
		ExecutorService threads = Executors.newFixedThreadPool(starters);
		List<Future<Database>> opened = new ArrayList<>();
		try {
			for (int i = 0; i < starters; i++) {
				opened.add(threads.submit(() -> {
					start.await();
					return Database.open(config);
				}));
			}
			for (Future<Database> database : opened) {
				database.get().close();
			}
		} finally {
			threads.shutdownNow();
		}
		try (Connection connection = connect(config); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version, COUNT(*) FROM fulcrum_schema GROUP BY version ORDER BY version")) {
			int expected = 1;
			while (rows.next()) {
				assertEquals(expected, rows.getInt(1), "the schema versions in order");
				assertEquals(1, rows.getInt(2), "version " + expected + " applied once");
				expected++;
			}
			assertEquals(Database.knownSchema() + 1, expected, "every migration applied");
		}
	}

	@Test
	void aPostgresNewerThanTheServerIsRefusedAndLeftUnchanged() throws Exception {
		newerIsRefused(postgres("newer"));
	}

	@Test
	void anH2NewerThanTheServerIsRefusedAndLeftUnchanged() throws Exception {
		newerIsRefused(h2("newer"));
	}

	private void newerIsRefused(ServerConfig config) throws Exception {
		Path settings = Databases.settings(folder, config);
		try (FulcrumServer server = FulcrumServer.start(config)) {
			server.createKey("before the upgrade");
		}
		int newer = Database.knownSchema() + 1;
		try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
			// what a newer server leaves: one more migration, and a table this server does not know
			statement.execute("CREATE TABLE from_the_future (id INTEGER)");
			statement.execute("INSERT INTO fulcrum_schema VALUES (" + newer + ", 'V" + newer + "__future.sql', CURRENT_TIMESTAMP, NULL)");
		}
		String before = snapshot(config);
		ConfigException refused = assertThrows(ConfigException.class, () -> FulcrumServer.start(config));
		String message = refused.getMessage();
		assertTrue(message.contains("schema version " + newer) && message.contains("up to " + Database.knownSchema())
				&& message.contains("nothing was changed") && message.contains("Run that Fulcrum version"), message);
		assertTrue(!message.contains(";MODE=") && !message.contains("password"), "the database named without its settings: " + message);
		for (String[] command : List.of(new String[] { "serve", "--config", settings.toString(), "--port", "0" },
				new String[] { "server-key", "list", "--config", settings.toString() })) {
			DemoServer.Run run = DemoServer.cli(command);
			assertEquals(ExitCode.DATA, run.code(), String.join(" ", command) + ": " + run.err());
			assertTrue(run.err().startsWith("fulcrum: ") && run.err().contains("schema version " + newer), run.err());
		}
		assertEquals(before, snapshot(config), "the refused database is unchanged");
	}

	@Test
	void anEditedMigrationIsRefusedOnPostgres() throws Exception {
		editedIsRefused(postgres("edited"));
	}

	@Test
	void anEditedMigrationIsRefusedOnH2() throws Exception {
		editedIsRefused(h2("edited"));
	}

	/** And a database from before checksums were recorded gets them. */
	private static void editedIsRefused(ServerConfig config) throws Exception {
		Database.open(config).close();
		String recorded;
		try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
			recorded = Databases.single(statement, "SELECT checksum FROM fulcrum_schema WHERE version = 1");
			assertTrue(recorded.matches("[0-9a-f]{64}"), recorded);
			// a database from before checksums were recorded
			statement.execute("ALTER TABLE fulcrum_schema DROP COLUMN checksum");
		}
		Database.open(config).close();
		try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
			assertEquals(recorded, Databases.single(statement, "SELECT checksum FROM fulcrum_schema WHERE version = 1"), "filled in on start");
			statement.execute("UPDATE fulcrum_schema SET checksum = '" + "0".repeat(64) + "' WHERE version = 1");
		}
		String before = snapshot(config);
		ConfigException refused = assertThrows(ConfigException.class, () -> Database.open(config));
		assertTrue(refused.getMessage().contains("V1__portal.sql") && refused.getMessage().contains("was edited")
				&& refused.getMessage().contains("nothing was changed"), refused.getMessage());
		assertEquals(before, snapshot(config));
	}

	@Test
	void healthTellsABalancerTheStatusSchemaAndVersionOnly() throws Exception {
		ServerConfig config = h2("health");
		HttpClient http = HttpClient.newHttpClient();
		try (FulcrumServer server = FulcrumServer.start(config)) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build();
			HttpResponse<String> ok = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertEquals(200, ok.statusCode(), ok.body());
			assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
			Map<String, Object> health = Json.object(ok.body());
			assertEquals(List.of("status", "schema", "version"), List.copyOf(health.keySet()), "nothing but three facts: " + ok.body());
			assertEquals("ok", health.get("status"));
			assertEquals(Database.knownSchema(), ((Number) health.get("schema")).intValue());
			assertTrue(String.valueOf(health.get("version")).matches("\\d+\\.\\d+\\.\\d+.*"), ok.body());

			// a newer server upgraded the database meanwhile: this one leaves the balancer's rotation
			try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO fulcrum_schema VALUES (" + (Database.knownSchema() + 1) + ", 'V9__future.sql', CURRENT_TIMESTAMP, NULL)");
			}
			HttpResponse<String> newer = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertEquals(503, newer.statusCode());
			assertEquals("5", newer.headers().firstValue("Retry-After").orElse(""));
			assertEquals("database-newer", Json.object(newer.body()).get("status"));
		}
	}

	/** The tables, the schema's rows and every table's row count: what a refused start must leave as it was. */
	private static String snapshot(ServerConfig config) throws SQLException {
		StringBuilder out = new StringBuilder();
		try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					String schema = String.valueOf(rows.getString("TABLE_SCHEM")).toLowerCase(java.util.Locale.ROOT);
					if (!schema.equals("information_schema") && !schema.startsWith("pg_")) {
						tables.add(rows.getString("TABLE_NAME"));
					}
				}
			}
			java.util.Collections.sort(tables);
			for (String table : tables) {
				out.append(table).append('=').append(Databases.single(statement, "SELECT COUNT(*) FROM " + table)).append('\n');
			}
			out.append(Databases.rows(statement, "fulcrum_schema"));
		}
		return out.toString();
	}
}

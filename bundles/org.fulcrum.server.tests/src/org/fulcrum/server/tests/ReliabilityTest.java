package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.store.ApiStore;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.protocol.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is acknowledged only once committed: SIGKILL the server during a stream of
 * submissions, restart it, and every acknowledged one is there, none twice. PostgreSQL stopped
 * under load: 503 with Retry-After meanwhile, and the server recovers by itself.
 */
class ReliabilityTest {

	@TempDir
	Path folder;

	private ServerConfig config(String url) {
		return ServerConfig.embedded(folder, 0).withDatabase(url, "fulcrum", "").withLimits(1_000_000, 1_000);
	}

	@Test
	void everyAcknowledgedSubmissionSurvivesSigkillAndNoneIsTakenTwice() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("crash");
		String key;
		try (Database database = Database.open(config(url))) {
			key = new ApiStore(database).createKey("crash test");
		}
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		List<String> tokens;
		try (ChildServer child = ChildServer.start(url)) {
			URI server = URI.create("http://127.0.0.1:" + child.port);
			tokens = Sheets.publish(server, key, "crash", 400);
			ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tokens);
			AtomicBoolean stop = new AtomicBoolean();
			ExecutorService clients = Executors.newFixedThreadPool(8);
			for (int c = 0; c < 8; c++) {
				clients.execute(() -> {
					String token;
					while (!stop.get() && (token = queue.poll()) != null) {
						try {
							if (Sheets.submit(server, token, token.hashCode())) {
								acknowledged.add(token);
							}
						} catch (Exception e) {
							// the server died under this request: not acknowledged
						}
					}
				});
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			child.kill();
			stop.set(true);
			clients.shutdown();
			assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
		}
		assertTrue(acknowledged.size() >= 40, "submissions were acknowledged before the kill: " + acknowledged.size());
		try (FulcrumServer restarted = FulcrumServer.start(config(url)); Connection connection = TestPostgres.connect(url);
				Statement statement = connection.createStatement()) {
			Set<String> submitted = ConcurrentHashMap.newKeySet();
			try (ResultSet rows = statement.executeQuery("SELECT token_hash, answers FROM sheet WHERE status = 'submitted'")) {
				while (rows.next()) {
					submitted.add(rows.getString(1));
					assertTrue(rows.getString(2).contains("\"A.1\""), "a submitted sheet holds its answers");
				}
			}
			for (String token : acknowledged) {
				assertTrue(submitted.contains(Secrets.hash(token)), "an acknowledged submission is there after the kill");
			}
			try (ResultSet twice = statement.executeQuery(
					"SELECT COUNT(*) FROM (SELECT sheet_id FROM audit WHERE event = 'submitted' GROUP BY sheet_id HAVING COUNT(*) > 1) t")) {
				twice.next();
				assertEquals(0, twice.getInt(1), "no sheet was submitted twice");
			}
			String sheets = new org.fulcrum.server.client.ServerClient(URI.create("http://127.0.0.1:" + restarted.port()), key).submittedSheets("crash");
			assertEquals(submitted.size(), sheets.split("\"tokenHash\"").length - 1, "the API gives each submitted sheet once");
		}
	}

	@Test
	void postgresStoppedUnderLoadGives503WithRetryAfterAndTheServerRecoversByItself() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("outage");
		try (FulcrumServer server = FulcrumServer.start(config(url))) {
			URI base = URI.create("http://127.0.0.1:" + server.port());
			List<String> tokens = Sheets.publish(base, server.createKey("outage"), "outage", 20);
			List<Rater> raters = new ArrayList<>();
			for (String token : tokens) {
				Rater rater = new Rater(base);
				assertEquals(200, rater.open(base.resolve("/r/" + token)).statusCode());
				raters.add(rater);
			}
			TestPostgres.ctl("stop", "-m", "fast");
			try {
				boolean saw503 = false;
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (!saw503 && System.nanoTime() < deadline) {
					for (Rater rater : raters) {
						HttpResponse<String> page = rater.get("/q");
						if (page.statusCode() == 503) {
							assertEquals("5", page.headers().firstValue("Retry-After").orElse(""), "a retry hint");
							assertTrue(page.body().contains("Please try again in a moment"), page.body());
							saw503 = true;
							break;
						}
						assertTrue(page.statusCode() == 200, "only 200 or 503 while the database goes away: " + page.statusCode());
					}
				}
				assertTrue(saw503, "503 while PostgreSQL is down");
				HttpResponse<String> health = raters.get(0).get("/health");
				assertEquals(503, health.statusCode());
				assertEquals("5", health.headers().firstValue("Retry-After").orElse(""), "a retry hint for the balancer");
				assertEquals("{\"status\":\"unavailable\"}", health.body().strip());
			} finally {
				TestPostgres.ctl("start");
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			int status = 0;
			while (status != 200 && System.nanoTime() < deadline) {
				status = raters.get(0).get("/q").statusCode();
				if (status != 200) {
					Thread.sleep(200);
				}
			}
			assertEquals(200, status, "the server recovers without a restart");
			assertEquals(200, raters.get(0).get("/health").statusCode(), "and tells the balancer so");
			assertTrue(Sheets.submit(base, tokens.get(1), 7), "and takes submissions again");
		}
	}
}

package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.access.AccessAudit;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Level;
import org.fulcrum.server.internal.access.Role;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts, roles and access per engagement tried from the outside: a real server (H2, and the
 * PostgreSQL the build starts) on loopback, HTTP requests with each role's key or session, and
 * the access audit read back through {@code ./fulcrum server audit}.
 */
class AccessTest {

	private static final String PASSWORD = "correct horse battery staple";

	@TempDir
	Path folder;

	@Test
	void everyRoleGetsWhatTheTableSaysOnH2() throws Exception {
		ServerConfig config = ServerConfig.embedded(folder, 0).withLimits(1000, 5);
		Files.writeString(folder.resolve("server.properties"), "database.url = " + config.databaseUrl() + "\n");
		roles(config);
	}

	@Test
	void everyRoleGetsWhatTheTableSaysOnPostgres() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("access");
		ServerConfig config = ServerConfig.embedded(folder, 0).withDatabase(url, "fulcrum", "").withLimits(1000, 5);
		Files.writeString(folder.resolve("server.properties"), "database.url = " + url + "\ndatabase.user = fulcrum\n");
		roles(config);
	}

	private void roles(ServerConfig config) throws Exception {
		try (FulcrumServer server = FulcrumServer.start(config)) {
			URI base = URI.create("http://127.0.0.1:" + server.port());
			Accounts accounts = server.accounts("os:test");
			Map<String, String> keys = new java.util.HashMap<>();
			for (String[] account : new String[][] { { "ada", "consultant" }, { "bob", "consultant" }, { "vera", "consultant" },
					{ "cora", "coach" }, { "hana", "hr-viewer" }, { "adam", "administrator" }, { "olga", "consultant" },
					{ "dora", "consultant" } }) {
				accounts.add(account[0], null, Role.parse(account[1]), password(account[0]));
				keys.put(account[0], accounts.createKey(account[0]));
			}
			List<String> tokens = Sheets.publish(base, keys.get("ada"), "acme", 4);
			accounts.grant("acme", "bob", Level.EDITOR);
			accounts.grant("acme", "vera", Level.VIEWER);
			accounts.grant("acme", "hana", Level.EDITOR);
			accounts.grant("acme", "dora", Level.EDITOR);
			accounts.coach("acme", "cora", List.of("Participant 0", "Participant 1"));
			assertTrue(Sheets.submit(base, tokens.get(0), 1));

			// the owner and an editor do everything on the portal
			assertEquals(200, get(base, keys.get("ada"), "acme/sheets").statusCode());
			assertEquals(200, post(base, keys.get("bob"), "acme/withdraw", "[\"" + Secrets.hash(tokens.get(3)) + "\"]").statusCode());
			assertEquals(200, publish(base, keys.get("bob"), "acme").statusCode(), "an editor publishes again");

			// a viewer reads but cannot write
			assertEquals(200, get(base, keys.get("vera"), "acme/progress").statusCode());
			HttpResponse<String> pulled = get(base, keys.get("vera"), "acme/sheets");
			assertEquals(200, pulled.statusCode());
			assertTrue(pulled.body().contains("\"answers\":"));
			HttpResponse<String> viewerPublish = publish(base, keys.get("vera"), "acme");
			assertEquals(403, viewerPublish.statusCode());
			assertTrue(viewerPublish.body().contains("your access is viewer; this needs editor"), viewerPublish.body());
			assertEquals(403, post(base, keys.get("vera"), "acme/withdraw", "[\"" + Secrets.hash(tokens.get(2)) + "\"]").statusCode());
			assertEquals(403, post(base, keys.get("vera"), "acme/reminded", "[\"" + Secrets.hash(tokens.get(2)) + "\"]").statusCode());
			assertEquals("open", status(base, keys.get("ada"), tokens.get(2)), "the viewer's withdrawal changed nothing");
			// an HR viewer stays a viewer whatever the grant says
			assertEquals(200, get(base, keys.get("hana"), "acme/sheets").statusCode());
			assertEquals(403, publish(base, keys.get("hana"), "acme").statusCode());

			// a coach reads coaching, never raters' answers nor their progress
			HttpResponse<String> coachPull = get(base, keys.get("cora"), "acme/sheets");
			assertEquals(403, coachPull.statusCode());
			assertFalse(coachPull.body().contains("\"answers\":"));
			assertEquals(403, get(base, keys.get("cora"), "acme/progress").statusCode());
			assertEquals(403, publish(base, keys.get("cora"), "acme").statusCode());
			Map<?, ?> coaching = (Map<?, ?>) Json.parse(get(base, keys.get("cora"), "acme/access").body());
			assertEquals(List.of("read-coaching"), coaching.get("allowed"));
			assertEquals(List.of("Participant 0", "Participant 1"), coaching.get("coached"));
			assertEquals(404, get(base, keys.get("cora"), "other/access").statusCode(), "a coach of nobody there sees nothing");
			Map<?, ?> viewer = (Map<?, ?>) Json.parse(get(base, keys.get("vera"), "acme/access").body());
			assertEquals("viewer", viewer.get("level"));
			assertEquals(List.of("read-coaching", "read-engagement", "portal-pull", "portal-status"), viewer.get("allowed"));

			// nobody reads an engagement they were not given, the administrator included; it looks like no engagement at all
			for (String outsider : List.of("olga", "adam")) {
				for (String what : List.of("acme/sheets", "acme/progress", "acme/access")) {
					HttpResponse<String> refused = get(base, keys.get(outsider), what);
					assertEquals(404, refused.statusCode(), outsider + " " + what);
					assertFalse(refused.body().contains("\"answers\":"));
				}
				assertEquals(404, publish(base, keys.get(outsider), "acme").statusCode(), outsider + " cannot publish into acme");
				assertEquals(404, get(base, keys.get(outsider), "nowhere/progress").statusCode());
			}
			// the first to publish a new name owns it, and the others do not see it
			assertEquals(200, publish(base, keys.get("olga"), "globex").statusCode());
			assertEquals(200, get(base, keys.get("olga"), "globex/progress").statusCode());
			assertEquals(404, get(base, keys.get("ada"), "globex/progress").statusCode());
			assertEquals(List.of(new Accounts.Grant("globex", "olga", Level.OWNER)), accounts.grants("globex"));
			assertEquals(403, publish(base, keys.get("cora"), "initech").statusCode(), "only a consultant starts an engagement");

			// two consultants publishing one new name at the same moment: exactly one owns it, the other is told
			for (int round = 0; round < 6; round++) {
				String name = "race-" + round;
				java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
				java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
				List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
				for (String consultant : List.of("ada", "olga")) {
					statuses.add(pool.submit(() -> {
						start.await();
						return publish(base, keys.get(consultant), name).statusCode();
					}));
				}
				start.countDown();
				List<Integer> codes = new ArrayList<>();
				for (java.util.concurrent.Future<Integer> status : statuses) {
					codes.add(status.get(60, java.util.concurrent.TimeUnit.SECONDS));
				}
				pool.shutdown();
				List<Accounts.Grant> owners = accounts.grants(name);
				assertEquals(1, owners.size(), name + " " + owners + " " + codes);
				int winner = owners.get(0).account().equals("ada") ? 0 : 1;
				assertEquals(200, codes.get(winner), codes.toString());
				assertTrue(codes.get(1 - winner) == 404 || codes.get(1 - winner) == 409, codes.toString());
			}

			// a revoked key and a disabled account get nothing
			long bobKey = accounts.keys("bob").get(0).id();
			accounts.revokeKey(bobKey);
			assertEquals(401, get(base, keys.get("bob"), "acme/progress").statusCode());
			String doraSession = login(base, "dora", password("dora")).body();
			String doraToken = (String) ((Map<?, ?>) Json.parse(doraSession)).get("token");
			assertEquals(200, get(base, doraToken, "acme/progress").statusCode());
			accounts.setDisabled("dora", true);
			assertEquals(401, get(base, keys.get("dora"), "acme/progress").statusCode(), "the key of a disabled account");
			assertEquals(401, get(base, doraToken, "acme/progress").statusCode(), "the session of a disabled account");
			assertEquals(401, login(base, "dora", password("dora")).statusCode());
			accounts.setDisabled("dora", false);
			assertEquals(200, get(base, keys.get("dora"), "acme/progress").statusCode(), "enabled again");

			// the audit has each decision, allowed and refused, and server audit filters it
			List<AccessAudit.Entry> audit = server.audit().query(null, "acme", null);
			assertTrue(audit.stream().anyMatch(e -> e.account().equals("vera") && e.action().equals("portal-publish") && !e.allowed()));
			assertTrue(audit.stream().anyMatch(e -> e.account().equals("vera") && e.action().equals("portal-pull") && e.allowed()));
			assertTrue(audit.stream().anyMatch(e -> e.account().equals("cora") && e.action().equals("portal-pull") && !e.allowed()));
			assertTrue(audit.stream().anyMatch(e -> e.account().equals("adam") && e.action().equals("portal-pull") && !e.allowed()));
			assertTrue(audit.stream().anyMatch(e -> e.account().equals("ada") && e.action().equals("portal-publish") && e.allowed()));
			assertTrue(audit.stream().noneMatch(e -> e.detail() != null && (e.detail().contains(PASSWORD) || e.detail().contains("fk_"))));
			String cora = cli("server", "audit", "--user", "cora", "--engagement", "acme", "--config", folder.resolve("server.properties").toString());
			List<String> lines = cora.lines().toList();
			assertFalse(lines.isEmpty());
			assertTrue(lines.stream().allMatch(l -> l.split("\t")[1].equals("cora") && l.split("\t")[3].equals("acme")), cora);
			assertTrue(lines.stream().anyMatch(l -> l.contains("\tportal-pull\tacme\trefused\t")), cora);
			assertTrue(lines.stream().anyMatch(l -> l.contains("\tread-coaching\tacme\tallowed\t")), cora);
			assertEquals("", cli("server", "audit", "--user", "cora", "--since", "2999-01-01", "--config",
					folder.resolve("server.properties").toString()));

			// password sign-in works; wrong passwords are throttled per address, and then even the right one waits
			HttpResponse<String> signedIn = login(base, "ada", password("ada"));
			assertEquals(200, signedIn.statusCode());
			assertEquals("no-store", signedIn.headers().firstValue("Cache-Control").orElse(""));
			String token = (String) ((Map<?, ?>) Json.parse(signedIn.body())).get("token");
			assertTrue(token.matches("fs_[A-Za-z0-9_-]{43}"));
			assertEquals(200, get(base, token, "acme/sheets").statusCode());
			List<Integer> statuses = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				statuses.add(login(base, "ada", "wrong password " + i).statusCode());
			}
			assertEquals(401, statuses.get(0));
			assertEquals(429, statuses.get(6), statuses.toString());
			assertEquals(429, login(base, "ada", password("ada")).statusCode());
			assertTrue(server.audit().query("ada", null, null).stream()
					.anyMatch(e -> e.action().equals("login") && !e.allowed() && e.detail().equals("wrong password")));
		}
	}

	/** Each account's own password (digits only after the common words, so it never contains the account's name). */
	private static String password(String account) {
		return PASSWORD + " " + account.chars().sum();
	}

	private static String cli(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
				.run(arguments);
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String status(URI base, String key, String token) throws Exception {
		String hash = Secrets.hash(token);
		for (Object sheet : (List<?>) Json.parse(get(base, key, "acme/progress").body())) {
			if (((Map<?, ?>) sheet).get("tokenHash").equals(hash)) {
				return (String) ((Map<?, ?>) sheet).get("status");
			}
		}
		throw new AssertionError("no sheet");
	}

	private static HttpResponse<String> publish(URI base, String key, String engagement) throws Exception {
		String publication = new org.fulcrum.server.protocol.Publication(engagement, "Engagement " + engagement, 3, Map.of("test", Sheets.form()),
				List.of()).toJson();
		return post(base, key, engagement + "/publish", publication);
	}

	private static HttpResponse<String> login(URI base, String name, String password) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/login"))
				.POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("name", name, "password", password)))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(URI base, String key, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/engagements/" + path))
				.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(URI base, String key, String path, String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/engagements/" + path))
				.header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}

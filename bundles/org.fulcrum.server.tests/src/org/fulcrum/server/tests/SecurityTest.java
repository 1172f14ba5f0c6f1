package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each security promise of docs/server.md tried from the outside, over HTTP, on a real server.
 * The rate-limit tests run last: they use up this address's allowance for the minute.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityTest {

	@TempDir
	static Path folder;
	static FulcrumServer server;
	static URI base;
	static String key;
	static List<String> tokens;

	@BeforeAll
	static void start() throws Exception {
		server = FulcrumServer.start(ServerConfig.embedded(folder, 0).withLimits(25, 5));
		base = URI.create("http://127.0.0.1:" + server.port());
		key = server.createKey("security");
		tokens = Sheets.publish(base, key, "security", 6);
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : List.of("/r/" + tokens.get(0), "/q", "/static/portal.css", "/nothing", "/api/v1/engagements/x/progress")) {
			HttpResponse<String> response = new Rater(base).get(path);
			assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
			String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"), csp);
			assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
			assertFalse(response.headers().firstValue("Server").isPresent(), "no server version");
		}
	}

	@Test
	void aFormPostWithoutTheSessionsCsrfTokenOrFromAnotherOriginChangesNothing() throws Exception {
		Rater rater = new Rater(base);
		String page = rater.open(base.resolve("/r/" + tokens.get(1))).body();
		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
		form.put("a:A.1", "4");
		form.put("action", "save");
		Map<String, String> noToken = new LinkedHashMap<>(form);
		noToken.remove("csrf");
		assertEquals(403, rater.post("/q", noToken).statusCode());
		Map<String, String> wrongToken = new LinkedHashMap<>(form);
		wrongToken.put("csrf", "x".repeat(43));
		assertEquals(403, rater.post("/q", wrongToken).statusCode());
		rater.origin = "http://evil.example";
		assertEquals(403, rater.post("/q", form).statusCode());
		rater.origin = null;
		assertEquals(403, rater.post("/q", form).statusCode(), "no Origin header");
		assertFalse(rater.get("/q").body().contains("value=\"4\" checked"), "nothing was saved");
		rater.origin = base.getScheme() + "://" + base.getAuthority();
		assertEquals(303, rater.post("/q", form).statusCode());
		assertTrue(rater.get("/q").body().contains("value=\"4\" checked"));
	}

	@Test
	void withoutASessionNothingIsShownAndAnUnknownLinkSaysOnlyThatItIsNotValid() throws Exception {
		assertEquals(401, new Rater(base).get("/q").statusCode());
		HttpResponse<String> bad = new Rater(base).get("/r/" + "A".repeat(43));
		assertEquals(404, bad.statusCode());
		assertTrue(bad.body().contains("This link does not open a questionnaire"));
		assertFalse(bad.headers().firstValue("Set-Cookie").isPresent());
	}

	@Test
	void aRaterCannotReachAnotherRatersSheetByAnyFieldOrAddress() throws Exception {
		Rater one = new Rater(base);
		String page = one.open(base.resolve("/r/" + tokens.get(2))).body();
		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
		form.put("a:NOT.AN.ITEM", "3");
		form.put("action", "save");
		assertEquals(400, one.post("/q", form).statusCode(), "a field naming no item of the questionnaire is refused");
		form.remove("a:NOT.AN.ITEM");
		form.put("sheet", "1");
		assertEquals(400, one.post("/q", form).statusCode(), "no field can name a sheet");
		form.remove("sheet");
		form.put("a:A.2", "9");
		assertEquals(400, one.post("/q", form).statusCode(), "off the scale");
		assertFalse(page.contains(tokens.get(2)), "the page never shows the token");
	}

	@Test
	void commentsAreEncodedOnEveryPage() throws Exception {
		Rater rater = new Rater(base);
		String page = rater.open(base.resolve("/r/" + tokens.get(3))).body();
		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
		form.put("c:A", "<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
		form.put("action", "review");
		rater.post("/q", form);
		for (String shown : List.of(rater.get("/q").body(), rater.get("/q?review=1").body())) {
			assertFalse(shown.contains("<script>alert") || shown.contains("<img src=x"), shown);
			assertTrue(shown.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img"), shown);
		}
	}

	@Test
	void tooLargeRequestsAreRefused() throws Exception {
		Rater rater = new Rater(base);
		String page = rater.open(base.resolve("/r/" + tokens.get(4))).body();
		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
		form.put("c:A", "x".repeat(300 * 1024));
		form.put("action", "save");
		try {
			int status = rater.post("/q", form).statusCode();
			assertTrue(status == 413 || status == 400, "refused: " + status);
		} catch (java.io.IOException e) {
			// Jetty closed the connection on the oversized form: refused as well
		}
		assertFalse(rater.get("/q").body().contains("xxxxxxxx"), "nothing of it was saved");
		form.put("c:A", "y".repeat(4001));
		assertEquals(400, rater.post("/q", form).statusCode(), "a comment longer than 4000 characters");
		try {
			HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/engagements/security/publish"))
					.header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString("[" + "1,".repeat(9_000_000) + "1]")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(413, api.statusCode());
		} catch (java.io.IOException e) {
			// refused before the client finished sending: the connection was closed on it, also a refusal
		}
		assertEquals(6, new ServerClient(base, key).progress("security").size(), "the oversized publication added nothing");
	}

	@Test
	@Order(Order.DEFAULT + 1)
	void apiKeysAreNeededScopedAndFailedOnesAreRateLimited() throws Exception {
		String other = server.createKey("someone else");
		Sheets.publish(base, other, "theirs", 1);
		ServerException scoped = org.junit.jupiter.api.Assertions.assertThrows(ServerException.class,
				() -> new ServerClient(base, key).progress("theirs"));
		assertTrue(scoped.getMessage().contains("no engagement 'theirs' open to you"), scoped.getMessage());
		assertEquals(1, new ServerClient(base, other).progress("theirs").size());
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest wrong = HttpRequest.newBuilder(base.resolve("/api/v1/engagements/security/progress"))
				.header("Authorization", "Bearer fk_" + "B".repeat(43)).build();
		int[] statuses = new int[8];
		for (int i = 0; i < statuses.length; i++) {
			statuses[i] = http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		assertEquals(401, statuses[0]);
		assertEquals(429, statuses[7], "failed keys from one address are limited: " + java.util.Arrays.toString(statuses));
		HttpResponse<String> limited = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/engagements/security/progress"))
				.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(429, limited.statusCode(), "even a good key waits while the address is limited");
	}

	@Test
	@Order(Order.DEFAULT + 2)
	void linkLookupsAreRateLimitedPerAddress() throws Exception {
		Rater guesser = new Rater(base);
		int last = 0;
		for (int i = 0; i < 30; i++) {
			last = guesser.get("/r/" + org.fulcrum.server.protocol.Secrets.fresh()).statusCode();
		}
		assertEquals(429, last, "guessing links is throttled");
	}
}

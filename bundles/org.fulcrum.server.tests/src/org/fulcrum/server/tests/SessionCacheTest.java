package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal keeps a session's sheet in memory for a second (docs/server.md, Reliability): what
 * the server commits is seen at once, even by a second window on the same sheet, and what changes
 * behind its back (a hand edit, another server on the same database) is seen within a second.
 */
class SessionCacheTest {

	@TempDir
	Path folder;

	@Test
	void committedChangesShowAtOnceAndOutsideChangesWithinASecond() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("cache");
		try (FulcrumServer server = FulcrumServer.start(ServerConfig.embedded(folder, 0).withDatabase(url, "fulcrum", ""))) {
			URI base = URI.create("http://127.0.0.1:" + server.port());
			List<String> tokens = Sheets.publish(base, server.createKey("cache"), "cache", 3);

			// two windows on one sheet: a save in one is what the other shows next, not an older copy
			Rater first = new Rater(base);
			Rater second = new Rater(base);
			String page = first.open(base.resolve("/r/" + tokens.get(0))).body();
			assertEquals(200, second.open(base.resolve("/r/" + tokens.get(0))).statusCode());
			Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
			form.put("a:A.1", "4");
			form.put("action", "save");
			assertTrue(first.post("/q", form).headers().firstValue("Location").orElse("").contains("saved=1"));
			String other = second.get("/q").body();
			assertTrue(other.contains("value=\"4\" checked"), "the second window shows the first one's save");
			assertEquals(Integer.toString(Integer.parseInt(form.get("version")) + 1), Rater.hidden(other).get("version"));
			// the first window's old copy is refused as stale, not written over the newer save
			form.put("a:A.1", "2");
			assertTrue(first.post("/q", form).headers().firstValue("Location").orElse("").contains("stale=1"));

			// behind the server's back: withdrawn by hand, and a session ended by hand
			Rater withdrawn = new Rater(base);
			assertEquals(200, withdrawn.open(base.resolve("/r/" + tokens.get(1))).statusCode());
			Rater expired = new Rater(base);
			assertEquals(200, expired.open(base.resolve("/r/" + tokens.get(2))).statusCode());
			assertEquals(200, withdrawn.get("/q").statusCode());
			assertEquals(200, expired.get("/q").statusCode());
			try (Connection connection = TestPostgres.connect(url); Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE sheet SET status = 'withdrawn' WHERE token_hash = '"
						+ org.fulcrum.server.protocol.Secrets.hash(tokens.get(1)) + "'");
				statement.executeUpdate("UPDATE rater_session SET expires = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE sheet_id = "
						+ "(SELECT id FROM sheet WHERE token_hash = '" + org.fulcrum.server.protocol.Secrets.hash(tokens.get(2)) + "')");
			}
			assertEquals(410, within(withdrawn, 410), "a sheet withdrawn in the database is closed within a second or two");
			assertEquals(401, within(expired, 401), "a session ended in the database is gone within a second or two");
		}
	}

	/** GETs /q until it answers {@code status}, for at most three seconds; returns the last status. */
	private static int within(Rater rater, int status) throws Exception {
		long deadline = System.nanoTime() + 3_000_000_000L;
		HttpResponse<String> page = rater.get("/q");
		while (page.statusCode() != status && System.nanoTime() < deadline) {
			Thread.sleep(100);
			page = rater.get("/q");
		}
		return page.statusCode();
	}
}

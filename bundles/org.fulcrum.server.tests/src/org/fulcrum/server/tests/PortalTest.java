package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.client.Publisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's path end to end on the embedded database: ./fulcrum demo, serve --demo, a rater
 * opens a printed link, answers, saves, comes back, reviews, submits; pull takes the sheet in
 * (once, however often it runs) and status shows the live progress.
 */
class PortalTest {

	@TempDir
	static Path folder;
	static DemoServer server;

	@BeforeAll
	static void serveTheDemo() throws Exception {
		server = new DemoServer(folder);
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void aRaterAnswersSavesComesBackAndSubmitsAndPullTakesTheSheetInOnce() throws Exception {
		Publisher.Link link = server.demo.published().links().get(0);
		assertTrue(server.printed.contains(link.url().toString()), server.printed);
		assertTrue(link.url().getPath().matches("/r/[A-Za-z0-9_-]{43}"), "a 256-bit token: " + link.url());
		Files.list(folder.resolve("outbox")).filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();

		Rater rater = new Rater(server.demo.server().publicUrl());
		HttpResponse<String> redirect = rater.get(link.url());
		assertEquals(303, redirect.statusCode());
		assertEquals("/q", URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath(), "the token leaves the address");
		String cookie = redirect.headers().firstValue("Set-Cookie").orElseThrow();
		assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
		assertFalse(cookie.contains("Secure"), "no Secure flag on plain http loopback");
		HttpResponse<String> page = rater.get(redirect.headers().firstValue("Location").orElseThrow());
		assertEquals(200, page.statusCode());
		String participant = ((Assessment) link.invitation().eContainer()).getSubject().getName();
		assertTrue(page.body().contains(participant), "names the participant");
		assertTrue(page.body().contains("at least 3 raters"), "states the threshold");
		List<String> items = Rater.items(page.body());
		assertEquals(34, items.size(), "every item of the Character Model");

		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page.body()));
		for (int i = 0; i < 20; i++) {
			form.put("a:" + items.get(i), Integer.toString(1 + i % 5));
		}
		form.put("a:" + items.get(20), "no");
		form.put("c:INT", "Keeps <b>promises</b> & deadlines");
		form.put("action", "save");
		HttpResponse<String> saved = rater.post("/q", form);
		assertEquals(303, saved.statusCode(), saved.body());
		assertTrue(saved.headers().firstValue("Location").orElseThrow().contains("saved=1"));

		// Later, with the same link: a new session, the saved answers are there.
		Rater later = new Rater(server.demo.server().publicUrl());
		String again = later.open(link.url()).body();
		assertTrue(again.contains("value=\"3\" checked"), "saved answers come back");
		assertTrue(again.contains("Keeps &lt;b&gt;promises&lt;/b&gt; &amp; deadlines"), "the comment, encoded");
		assertTrue(again.contains("Answered: 21 of 34"), again);

		Map<String, String> more = new LinkedHashMap<>(Rater.hidden(again));
		for (int i = 0; i < items.size(); i++) {
			more.put("a:" + items.get(i), i == 20 ? "no" : Integer.toString(1 + i % 5));
		}
		more.put("c:INT", "Keeps <b>promises</b> & deadlines");
		more.put("action", "review");
		HttpResponse<String> toReview = later.post("/q", more);
		assertTrue(toReview.headers().firstValue("Location").orElseThrow().contains("review=1"));
		String review = later.get(toReview.headers().firstValue("Location").orElseThrow()).body();
		assertTrue(review.contains("name=\"action\" value=\"submit\""), review);
		Map<String, String> submit = new LinkedHashMap<>(Rater.hidden(review));
		submit.put("action", "submit");
		assertEquals(303, later.post("/q", submit).statusCode());
		String done = later.get("/q").body();
		assertTrue(done.contains("can no longer be changed"), done);
		assertFalse(done.contains("<textarea"), "read-only after submission");

		// The first window's stale copy cannot change a submitted sheet.
		form.put("a:" + items.get(0), "5");
		assertEquals(303, rater.post("/q", form).statusCode());
		assertTrue(rater.get("/q").body().contains("can no longer be changed"));

		DemoServer.Run status = DemoServer.cli("status", server.engagement.toString());
		assertTrue(status.out().contains("1 submitted, 1 not pulled yet"), status.out() + status.err());

		DemoServer.Run pull = DemoServer.cli("pull", server.engagement.toString());
		assertEquals(0, pull.code(), pull.err());
		assertTrue(pull.out().startsWith("pull: 1 new sheet(s)"), pull.out());
		Engagement engagement = new EngagementStore().read(server.engagement);
		RaterInvitation pulled = invitation(engagement, link.invitation().getId());
		assertEquals(InvitationStatus.COMPLETED, pulled.getStatus());
		assertEquals(34, pulled.getResponses().size());
		assertEquals(1, pulled.getResponses().stream().filter(r -> r.isNotObserved()).count());
		assertTrue(((Assessment) pulled.eContainer()).getComments().stream().anyMatch(c -> c.getText().equals("Keeps <b>promises</b> & deadlines")
				&& c.getDimension() != null && c.getDimension().getId().equals("INT")));

		byte[] before = Files.readAllBytes(server.engagement);
		DemoServer.Run second = DemoServer.cli("pull", server.engagement.toString());
		assertEquals(0, second.code(), second.err());
		assertTrue(second.out().startsWith("pull: 0 new sheet(s)") && second.out().contains("(1 there already)"), second.out());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(server.engagement)), "pulling again changes nothing");
		DemoServer.Run score = DemoServer.cli("score", server.engagement.toString());
		assertEquals(0, score.code(), score.err());
	}

	@Test
	void theQuestionnaireSpeaksGermanWhenAsked() throws Exception {
		Publisher.Link link = server.demo.published().links().get(1);
		Rater rater = new Rater(server.demo.server().publicUrl());
		String english = rater.open(link.url()).body();
		assertTrue(english.contains("<html lang=\"en\">") && english.contains("Is honest"), english);
		assertTrue(english.contains("<option value=\"de\""), "German is offered");
		String german = rater.get("/q?lang=de").body();
		assertTrue(german.contains("<html lang=\"de\">"), german);
		assertTrue(german.contains("Ist ehrlich") && german.contains("Wer Ihre Antworten sieht") && german.contains("Nicht beobachtet"), german);
		assertTrue(german.contains("name=\"lang\" value=\"de\""), "the language stays with the form");
	}

	static RaterInvitation invitation(Engagement engagement, String id) {
		return engagement.getAssessments().stream().flatMap(a -> a.getInvitations().stream()).filter(i -> i.getId().equals(id)).findFirst()
				.orElseThrow();
	}

}

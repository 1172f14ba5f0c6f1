package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Comment;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.repository.CoachProjection;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.server.protocol.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engagements in the repository on a real server (H2) over loopback, through the CLI as a user
 * runs it: push and checkout give back the same engagement byte for byte; history, compare in
 * words, restore; conflicting pushes have exactly one winner; disjoint changes merge, overlapping
 * ones are refused with the objects named and nothing lost; the access rule; the coach's view.
 */
class RepositoryTest {

	@TempDir
	static Path folder;
	static FulcrumServer server;
	static String base;
	static Path keys;
	static String key;
	static Path demo;

	@BeforeAll
	static void start() throws Exception {
		server = FulcrumServer.start(ServerConfig.embedded(folder.resolve("server"), 0).withLimits(1_000, 1_000));
		base = "http://127.0.0.1:" + server.port();
		keys = folder.resolve("keys.properties");
		key = server.createKey("Ada Consultant");
		ServerLink.storeKey(URI.create(base), key, Map.of("FULCRUM_KEY_FILE", keys.toString()));
		demo = RepositoryFixtures.demo(folder.resolve("demo"), "pilot.fulcrum");
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	private static RepositoryFixtures.Run cli(String... arguments) {
		return RepositoryFixtures.cli(keys, arguments);
	}

	private static Path pushed(String name) throws Exception {
		Path dir = Files.createDirectories(folder.resolve("work-" + name));
		Path file = dir.resolve(name + ".fulcrum");
		Files.copy(demo, file);
		RepositoryFixtures.Run push = cli("push", file.toString(), "--server", base, "--message", "first");
		assertEquals(0, push.code(), push.err());
		assertEquals("", push.err());
		return file;
	}

	private static Path checkout(String name, String dir) {
		RepositoryFixtures.Run run = cli("checkout", name, folder.resolve(dir).toString(), "--server", base);
		assertEquals(0, run.code(), run.err());
		return folder.resolve(dir).resolve(name + ".fulcrum");
	}

	@Test
	void pushThenCheckoutGivesTheSameEngagementByteForByte() throws Exception {
		Path file = pushed("round-trip");
		Path copy = checkout("round-trip", "round-trip-copy");
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy), "the checked-out XMI is the pushed one");
		assertTrue(EcoreUtil.equals(new EngagementStore().readFromXmi(file), new EngagementStore().readFromXmi(copy)));
		assertTrue(Files.readString(copy.resolveSibling("round-trip.fulcrum.repository")).contains("version=1"));
		RepositoryFixtures.Run again = cli("checkout", "round-trip", folder.resolve("round-trip-copy").toString(), "--server", base);
		assertEquals(3, again.code(), "a checkout never overwrites a file");
	}

	@Test
	void historyCompareInWordsAndRestore() throws Exception {
		Path file = pushed("history");
		Engagement original = new EngagementStore().read(file);
		String secretComment = original.getAssessments().stream().flatMap(a -> a.getComments().stream()).map(Comment::getText).findFirst().orElseThrow();
		// version 2: a participant renamed, a plan removed, the responses of one invitation dropped
		Engagement changed = new EngagementStore().read(file);
		PartnerManager renamed = participant(changed, 0);
		renamed.setName("Renamed Person");
		DevelopmentPlan plan = changed.getPlans().get(0);
		EcoreUtil.delete(plan, true);
		RaterInvitation invitation = changed.getAssessments().get(1).getInvitations().stream().filter(i -> !i.getResponses().isEmpty()).findFirst()
				.orElseThrow();
		int dropped = invitation.getResponses().size();
		String subject = changed.getAssessments().get(1).getSubject().getId();
		invitation.getResponses().clear();
		new EngagementStore().replace(file, changed);
		RepositoryFixtures.Run push = cli("push", file.toString(), "--message", "second");
		assertEquals(0, push.code(), push.err());
		assertTrue(push.out().contains("version 2 of 'history'"), push.out());

		RepositoryFixtures.Run history = cli("history", file.toString());
		assertEquals(0, history.code(), history.err());
		assertTrue(history.out().contains("first") && history.out().contains("second") && history.out().contains("Ada Consultant"), history.out());

		RepositoryFixtures.Run compare = cli("compare", "history", "1", "2", "--server", base);
		assertEquals(0, compare.code(), compare.err());
		String words = compare.out();
		assertTrue(words.contains("Participants: 1 changed (" + renamed.getId() + " Renamed Person: name)"), words);
		assertTrue(words.contains("Development plans: 1 removed (" + plan.getId()), words);
		assertTrue(words.contains(subject + ": ") && words.contains("(-" + dropped + ")"), words);
		assertFalse(words.contains(secretComment), "never a comment's text");
		assertFalse(words.contains(invitation.getToken()), "never a token");

		RepositoryFixtures.Run restore = cli("restore", "history", "1", "--server", base);
		assertEquals(0, restore.code(), restore.err());
		assertTrue(restore.out().contains("version 1 of 'history' is now version 3"), restore.out());
		RepositoryClient client = new RepositoryClient(URI.create(base), key);
		Engagement three = EngagementEncoding.decode(client.version("history", 3).content(), Path.of("three.fulcrum"));
		assertTrue(EcoreUtil.equals(original, three), "the restored version is the old one");
		RepositoryFixtures.Run same = cli("compare", "history", "1", "3", "--server", base);
		assertTrue(same.out().contains("No differences."), same.out());
		// the file still based on version 2 now merges with the restore: it changed nothing since
		RepositoryFixtures.Run local = cli("compare", file.toString(), "2", "local");
		assertTrue(local.out().contains("No differences."), local.out());
		RepositoryFixtures.Run catchUp = cli("push", file.toString());
		assertEquals(0, catchUp.code(), catchUp.err());
		assertTrue(catchUp.out().contains("no new version") && catchUp.out().contains("now holds version 3"), catchUp.out());
		assertEquals(3, client.history("history").size());
		assertTrue(EcoreUtil.equals(original, new EngagementStore().read(file)), "the file caught up with the restore");
	}

	@Test
	void disjointChangesMergeAndOverlappingOnesAreRefusedWithTheObjectsNamed() throws Exception {
		pushed("team");
		Path mine = checkout("team", "team-mine");
		Path theirs = checkout("team", "team-theirs");
		// They rename participant 0 and push first.
		Engagement them = new EngagementStore().read(theirs);
		participant(them, 0).setName("Their Name");
		new EngagementStore().replace(theirs, them);
		assertEquals(0, cli("push", theirs.toString(), "--message", "theirs").code());
		// I change participant 1's e-mail and a plan: different objects, so the push merges.
		Engagement me = new EngagementStore().read(mine);
		participant(me, 1).setEmail("changed@example.com");
		me.getPlans().get(0).setStart(java.time.LocalDate.of(2027, 1, 4));
		new EngagementStore().replace(mine, me);
		RepositoryFixtures.Run merged = cli("push", mine.toString(), "--message", "mine");
		assertEquals(0, merged.code(), merged.err());
		assertTrue(merged.out().contains("version 3 of 'team'") && merged.out().contains("merged with version 2"), merged.out());
		Engagement three = EngagementEncoding.decode(new RepositoryClient(URI.create(base), key).version("team", 3).content(), Path.of("t.fulcrum"));
		assertEquals("Their Name", participant(three, 0).getName());
		assertEquals("changed@example.com", participant(three, 1).getEmail());
		assertEquals(java.time.LocalDate.of(2027, 1, 4), three.getPlans().get(0).getStart());
		assertTrue(EcoreUtil.equals(three, new EngagementStore().read(mine)), "my file now holds the merge");

		// Now both change participant 2's name: the second push is refused and names it.
		Path other = checkout("team", "team-other");
		Engagement first = new EngagementStore().read(other);
		participant(first, 2).setName("First Writer");
		new EngagementStore().replace(other, first);
		assertEquals(0, cli("push", other.toString()).code());
		Engagement second = new EngagementStore().read(mine);
		PartnerManager clash = participant(second, 2);
		clash.setName("Second Writer");
		new EngagementStore().replace(mine, second);
		byte[] before = Files.readAllBytes(mine);
		RepositoryFixtures.Run refused = cli("push", mine.toString());
		assertEquals(1, refused.code(), refused.out() + refused.err());
		assertTrue(refused.err().contains("conflict: participant " + clash.getId()) && refused.err().contains("changed by me and by them"), refused.err());
		assertTrue(refused.err().contains("--as-copy") && refused.err().contains("checkout"), refused.err());
		assertArrayEquals(before, Files.readAllBytes(mine), "a refused push leaves the file as it is");
		Engagement latest = EngagementEncoding.decode(new RepositoryClient(URI.create(base), key).version("team", 0).content(), Path.of("l.fulcrum"));
		assertEquals("First Writer", participant(latest, 2).getName(), "the first writer's change stays");
		// ... and the refused work is kept as a copy under a new name.
		RepositoryFixtures.Run copy = cli("push", mine.toString(), "--as-copy", "team (second writer)");
		assertEquals(0, copy.code(), copy.err());
		assertTrue(copy.out().contains("version 1 of 'team (second writer)'"), copy.out());
	}

	@Test
	void conflictingPushesOnOneBaseHaveExactlyOneWinnerAndTheOthersAreTold() throws Exception {
		pushed("race");
		RepositoryClient client = new RepositoryClient(URI.create(base), key);
		EngagementEncoding.Encoded content = EngagementEncoding.encode(new EngagementStore().read(demo));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<RepositoryClient.Outcome>> pushes = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String message = "attempt " + i;
				Callable<RepositoryClient.Outcome> push = () -> client.push("race", 1, message, content);
				pushes.add(pool.submit(push));
			}
			int won = 0;
			for (Future<RepositoryClient.Outcome> push : pushes) {
				RepositoryClient.Outcome outcome = push.get();
				if (outcome.stored()) {
					won++;
					assertEquals(2, outcome.version().number());
				} else {
					assertEquals(2, outcome.latest().number(), "the loser is told the latest version");
					assertEquals("Ada Consultant", outcome.latest().author());
				}
			}
			assertEquals(1, won, "exactly one push on version 1 wins");
		} finally {
			pool.shutdownNow();
		}
		assertEquals(2, client.history("race").size());
	}

	@Test
	void onlyTheAccountThatFirstPushedANameReachesIt() throws Exception {
		pushed("private");
		String other = server.createKey("Bo Other");
		HttpClient http = HttpClient.newHttpClient();
		for (String path : List.of("/api/v1/repository/private/history", "/api/v1/repository/private/versions/latest")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + other).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(404, response.statusCode(), path);
		}
		HttpResponse<String> restore = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/repository/private/restore?version=1"))
				.header("Authorization", "Bearer " + other).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(404, restore.statusCode());
		byte[] content = EngagementEncoding.encode(new EngagementStore().read(demo)).content();
		for (String base : List.of("0", "1")) {
			HttpResponse<String> push = http.send(HttpRequest.newBuilder(URI.create(RepositoryTest.base + "/api/v1/repository/private/versions?base=" + base))
					.header("Authorization", "Bearer " + other).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertTrue(push.statusCode() == 404 || push.statusCode() == 409, push.body());
		}
		List<RepositoryClient.Listed> theirs = new RepositoryClient(URI.create(base), other).list(null, 100);
		assertTrue(theirs.stream().noneMatch(e -> e.name().equals("private")));
		assertTrue(new RepositoryClient(URI.create(base), key).list("PRIV", 100).stream().anyMatch(e -> e.name().equals("private")),
				"search ignores case");
		HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/repository")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(401, noKey.statusCode());
		assertEquals(1, new RepositoryClient(URI.create(base), key).history("private").size(), "nothing the other account sent was stored");
	}

	@Test
	void contentNotInTheEncodingAndStaleBasesAreRefusedWithReasons() throws Exception {
		pushed("strict");
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> garbage = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/repository/strict/versions?base=1"))
				.header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString("<xmi/>")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(400, garbage.statusCode());
		assertTrue(garbage.body().contains(EngagementEncoding.NAME), garbage.body());
		byte[] content = EngagementEncoding.encode(new EngagementStore().read(demo)).content();
		HttpResponse<String> future = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/repository/strict/versions?base=7"))
				.header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(409, future.statusCode());
		Map<String, Object> body = Json.object(future.body());
		assertEquals(1, ((Number) ((Map<?, ?>) body.get("latest")).get("number")).intValue());
		RepositoryFixtures.Run badName = cli("checkout", "../etc", folder.resolve("x").toString(), "--server", base);
		assertEquals(2, badName.code());
		assertFalse(Files.exists(folder.resolve("x")));
	}

	@Test
	void theCoachsViewHasPlansAndSessionsOfTheirParticipantsAndNoAnswers() throws Exception {
		Engagement engagement = new EngagementStore().read(demo);
		DevelopmentPlan plan = engagement.getPlans().get(0);
		String coached = plan.getParticipant().getId();
		Engagement view = CoachProjection.withoutAnswers(engagement, Set.of(coached));
		for (java.util.Iterator<EObject> all = view.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			assertFalse(object instanceof ItemResponse || object instanceof Comment || object instanceof RaterInvitation, object.toString());
		}
		assertFalse(view.getPlans().isEmpty());
		assertTrue(view.getPlans().stream().allMatch(p -> p.getParticipant().getId().equals(coached)));
		assertTrue(view.getPrograms().stream().allMatch(p -> p.getParticipant().getId().equals(coached)));
		assertTrue(view.getPartnerSessions().stream().allMatch(s -> s.getPartnerManager().getId().equals(coached)));
		assertTrue(view.getReleases().stream().allMatch(r -> r.getSubmissions().isEmpty() && r.getCommentDigests().isEmpty()));
		assertEquals(engagement.getAssessments().size(), view.getAssessments().size(), "the assessments stay, without answers");
		assertTrue(engagement.getAssessments().stream().mapToLong(a -> a.getInvitations().size()).sum() > 0, "the original keeps its answers");
		Engagement back = EngagementEncoding.decode(EngagementEncoding.encode(view).content(), Path.of("view.fulcrum"));
		assertTrue(EcoreUtil.equals(view, back), "the view travels in the repository's encoding");
		assertTrue(view.getAssessments().stream().map(Assessment::getSubject).allMatch(s -> s.eContainer() == view), "participants stay");
	}

	static PartnerManager participant(Engagement engagement, int index) {
		return engagement.getPeople().stream().filter(PartnerManager.class::isInstance).map(PartnerManager.class::cast).skip(index).findFirst().orElseThrow();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}

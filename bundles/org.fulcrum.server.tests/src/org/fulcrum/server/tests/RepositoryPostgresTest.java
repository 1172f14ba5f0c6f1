package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.RepositorySync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Fulcrum servers on one PostgreSQL (the build's): an engagement pushed through one is checked
 * out through the other byte for byte, and conflicting pushes sent through both at once have
 * exactly one winner; every loser is told the winner's version.
 */
class RepositoryPostgresTest {

	@TempDir
	Path folder;

	@Test
	void twoServersOnOnePostgresShareTheRepositoryAndConflictingPushesHaveOneWinner() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("repository");
		ServerConfig config = ServerConfig.embedded(folder, 0).withDatabase(url, "fulcrum", "").withLimits(1_000, 1_000);
		try (FulcrumServer one = FulcrumServer.start(config); FulcrumServer two = FulcrumServer.start(config)) {
			String key = one.createKey("Ada Consultant");
			RepositoryClient viaOne = new RepositoryClient(URI.create("http://127.0.0.1:" + one.port()), key);
			RepositoryClient viaTwo = new RepositoryClient(URI.create("http://127.0.0.1:" + two.port()), key);
			Path file = RepositoryFixtures.demo(folder.resolve("one"), "shared.fulcrum");
			RepositorySync.Pushed first = new RepositorySync(viaOne).push(file, "shared", "first", false);
			assertTrue(first instanceof RepositorySync.Stored);
			Path copy = new RepositorySync(viaTwo).checkout("shared", 0, folder.resolve("two"));
			assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy), "what one server stored, the other gives back");

			Engagement engagement = new EngagementStore().read(file);
			EngagementEncoding.Encoded content = EngagementEncoding.encode(engagement);
			int pushes = 16;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(pushes);
			try {
				List<Future<RepositoryClient.Outcome>> outcomes = new ArrayList<>();
				for (int i = 0; i < pushes; i++) {
					RepositoryClient client = i % 2 == 0 ? viaOne : viaTwo;
					String message = "push " + i;
					outcomes.add(pool.submit(() -> {
						start.await();
						return client.push("shared", 1, message, content);
					}));
				}
				start.countDown();
				int won = 0;
				for (Future<RepositoryClient.Outcome> outcome : outcomes) {
					RepositoryClient.Outcome result = outcome.get();
					if (result.stored()) {
						won++;
					} else {
						assertEquals(2, result.latest().number(), result.reason());
					}
				}
				assertEquals(1, won, "exactly one of " + pushes + " pushes on version 1 through two servers wins");
			} finally {
				pool.shutdownNow();
			}
			assertEquals(2, viaTwo.history("shared").size());
			assertEquals(2, viaOne.history("shared").get(0).number());
			Engagement latest = EngagementEncoding.decode(viaTwo.version("shared", 0).content(), Path.of("latest.fulcrum"));
			assertTrue(EcoreUtil.equals(engagement, latest));
			assertEquals(1, viaOne.restore("shared", 1).version().restoredFrom());
		}
	}
}

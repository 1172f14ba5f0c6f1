package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.ServerException;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Level;
import org.fulcrum.server.internal.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository API for each role, from the outside (HTTP with each account's key, H2): the
 * owner and an editor write, a viewer and an HR viewer read but never write, a coach reads only
 * the view without answers of the participants assigned, and an account without a grant (an
 * administrator included) finds nothing, not even the name.
 */
class RepositoryRolesTest {

	@TempDir
	Path folder;

	@Test
	void everyRoleReachesTheRepositoryAsTheTableSays() throws Exception {
		try (FulcrumServer server = FulcrumServer.start(ServerConfig.embedded(folder.resolve("server"), 0))) {
			URI base = URI.create("http://127.0.0.1:" + server.port());
			Accounts accounts = server.accounts("os:test");
			Map<String, RepositoryClient> as = new java.util.HashMap<>();
			for (String[] account : new String[][] { { "ada", "consultant" }, { "bob", "consultant" }, { "vera", "consultant" },
					{ "hana", "hr-viewer" }, { "cora", "coach" }, { "olga", "consultant" }, { "adam", "administrator" } }) {
				accounts.add(account[0], null, Role.parse(account[1]), "Quiet meadow under 7 stars");
				as.put(account[0], new RepositoryClient(base, accounts.createKey(account[0])));
			}
			Engagement demo = new EngagementStore().read(RepositoryFixtures.demo(folder.resolve("demo"), "demo.fulcrum"));
			String coached = demo.getAssessments().get(0).getSubject().getId();
			assertTrue(as.get("ada").push("acme", 0, "first", EngagementEncoding.encode(demo)).stored(), "a consultant starts a name and owns it");
			accounts.grant("acme", "bob", Level.EDITOR);
			accounts.grant("acme", "vera", Level.VIEWER);
			accounts.grant("acme", "hana", Level.EDITOR);
			accounts.coach("acme", "cora", List.of(coached));

			for (String reader : List.of("ada", "bob", "vera", "hana", "cora")) {
				assertEquals(List.of("acme"), as.get(reader).list(null, 100).stream().map(RepositoryClient.Listed::name).toList(), reader);
			}
			for (String stranger : List.of("olga", "adam")) {
				assertEquals(List.of(), as.get(stranger).list(null, 100), stranger + " does not even learn the name");
				ServerException refused = assertThrows(ServerException.class, () -> as.get(stranger).version("acme", 0), stranger);
				assertFalse(refused.getMessage().contains("may not"), "told it does not exist, not that it is closed to them: " + refused.getMessage());
			}

			for (String reader : List.of("vera", "hana")) {
				RepositoryClient.Fetched whole = as.get(reader).version("acme", 0);
				assertFalse(whole.withoutAnswers(), reader);
				assertFalse(responsesOf(EngagementEncoding.decode(whole.content(), folder.resolve("x.fulcrum"))) == 0, reader + " reads the answers");
			}
			RepositoryClient.Fetched view = as.get("cora").version("acme", 0);
			assertTrue(view.withoutAnswers(), "a coach gets the view without answers");
			Engagement seen = EngagementEncoding.decode(view.content(), folder.resolve("coach.fulcrum"));
			assertEquals(0, responsesOf(seen), "no raw answer reaches a coach");
			assertTrue(seen.getPlans().stream().allMatch(p -> p.getParticipant() == null || coached.equals(p.getParticipant().getId())),
					"only the coached participant's plans");

			EngagementEncoding.Encoded next = EngagementEncoding.encode(demo);
			for (String reader : List.of("vera", "hana", "cora")) {
				assertThrows(ServerException.class, () -> as.get(reader).push("acme", 1, "mine", next), reader + " may not write");
			}
			assertTrue(as.get("bob").push("acme", 1, "an editor's version", EngagementEncoding.encode(renamed(demo, "by bob"))).stored());
			for (String reader : List.of("vera", "hana", "cora", "olga")) {
				assertThrows(ServerException.class, () -> as.get(reader).restore("acme", 1), reader + " may not restore");
			}
			assertTrue(as.get("ada").restore("acme", 1).stored(), "the owner restores");
			RepositoryClient.Outcome taken = as.get("olga").push("acme", 0, "mine", next);
			assertFalse(taken.stored());
			assertTrue(taken.reason().contains("taken"), taken.reason());
			assertEquals(3, as.get("ada").history("acme").size(), "first, bob's, the restore: no refused push made a version");
		}
	}

	private static Engagement renamed(Engagement engagement, String name) {
		Engagement copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(engagement);
		copy.setName(name);
		return copy;
	}

	private static long responsesOf(Engagement engagement) {
		return engagement.getAssessments().stream().flatMap(a -> a.getInvitations().stream()).mapToLong(i -> i.getResponses().size()).sum();
	}
}

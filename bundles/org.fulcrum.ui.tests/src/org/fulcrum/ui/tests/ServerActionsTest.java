package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.internal.store.PortalStore;
import org.fulcrum.server.internal.store.RaterSheet;
import org.fulcrum.server.protocol.FormDocument;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.server.PullSchedule;
import org.fulcrum.ui.internal.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server › Publish Invitations and Pull Sheets Now, and the pull timer, against a real Fulcrum
 * server on a loopback port (embedded database). Raters submit through the portal's own store,
 * the code behind its submit button.
 */
class ServerActionsTest {

	@TempDir
	Path folder;

	@Test
	void publishesThenPullsOnATimerAndOnDemandAsUndoableChanges() throws Exception {
		Path file = DemoFiles.demo(folder);
		System.setProperty("fulcrum.keyFile", folder.resolve("api-keys.properties").toString());
		System.setProperty(PullSchedule.INTERVAL_PROPERTY, "1");
		ServerConfig config = ServerConfig.embedded(folder.resolve("server"), 0);
		try (FulcrumServer server = FulcrumServer.start(config); Database database = Database.open(config)) {
			String key = server.createKey("consultant");
			TestWorkbench bench = TestWorkbench.showing(folder);
			NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
			Session session = (Session) bench.await("the demo to open", navigator.openInBackground(file));
			List<RaterInvitation> open = openInvitations(session.engagement());
			assertFalse(open.isEmpty(), "the demo has invitations nobody answered yet");

			// Publish: a changed engagement is saved first; the server address and the key are asked once.
			session.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(),
					session.engagement(), org.fulcrum.model.FulcrumPackage.Literals.ENGAGEMENT__NAME,
					session.engagement().getName() + " (published)"));
			assertTrue(session.isDirty());
			bench.prompts.answer(true, "not a server", server.publicUrl() + "/", key);
			assertTrue(bench.execute(CommandIds.PUBLISH));
			bench.waitFor("publishing", () -> !bench.prompts.informed.isEmpty());
			assertEquals(1, bench.prompts.errors.size(), "the address that is none is refused: " + bench.prompts.errors);
			String published = bench.prompts.informed.get(0);
			assertTrue(published.contains(open.size() + " invitations on "), published);
			assertTrue(published.contains(open.size() + " invitation(s) written to "), published);
			assertFalse(session.isDirty(), "published tokens are saved");
			assertEquals(server.publicUrl(), ServerLink.remembered(file).orElseThrow(), "one server, with or without the slash typed");
			try (Stream<Path> mails = Files.list(folder.resolve("outbox"))) {
				assertEquals(open.size(), mails.filter(p -> p.toString().endsWith(".eml")).count());
			}
			assertTrue(Files.readString(file).contains("(published)"), "unsaved changes were saved before publishing");

			// The timer takes a submitted sheet in by itself, as one undoable change.
			submit(database, open.get(0).getToken(), 4);
			bench.waitFor("the timer's pull", () -> open.get(0).getStatus() == InvitationStatus.COMPLETED);
			assertTrue(session.isDirty(), "pulled sheets wait for the user's save");
			assertFalse(open.get(0).getResponses().isEmpty());
			System.setProperty(PullSchedule.INTERVAL_PROPERTY, "0");
			Thread.sleep(1500); // one last wake-up of the timer, which now does nothing

			// On demand: the next sheet, then nothing new; undo and redo.
			bench.prompts.reset();
			submit(database, open.get(1).getToken(), 2);
			assertTrue(bench.execute(CommandIds.PULL));
			bench.waitFor("the pull", () -> !bench.prompts.informed.isEmpty());
			assertTrue(bench.prompts.informed.get(0).contains("1 new sheet(s)"), bench.prompts.informed.toString());
			assertEquals(InvitationStatus.COMPLETED, open.get(1).getStatus());
			int answers = open.get(1).getResponses().size();
			assertTrue(answers > 0);

			bench.prompts.reset();
			assertTrue(bench.execute(CommandIds.PULL));
			bench.waitFor("the second pull", () -> !bench.prompts.informed.isEmpty());
			assertTrue(bench.prompts.informed.get(0).startsWith("Pull sheets: No new sheets"), bench.prompts.informed.toString());
			assertEquals(answers, open.get(1).getResponses().size(), "a sheet is never taken in twice");

			assertTrue(bench.execute(CommandIds.UNDO));
			assertTrue(open.get(1).getResponses().isEmpty(), "undo takes the pulled sheet out again");
			assertTrue(bench.execute(CommandIds.REDO));
			assertEquals(answers, open.get(1).getResponses().size());
			assertEquals(List.of(), bench.prompts.errors);
		} finally {
			System.clearProperty(PullSchedule.INTERVAL_PROPERTY);
			System.clearProperty("fulcrum.keyFile");
		}
	}

	@Test
	void pullingAnEngagementNeverPublishedSaysSo() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		bench.await("the demo to open", navigator.openInBackground(file));
		assertTrue(bench.execute(CommandIds.PULL));
		assertEquals(1, bench.prompts.errors.size());
		assertTrue(bench.prompts.errors.get(0).contains("was not published to a server from here yet"), bench.prompts.errors.get(0));
	}

	private static List<RaterInvitation> openInvitations(Engagement engagement) {
		return engagement.getAssessments().stream().flatMap(a -> a.getInvitations().stream())
				.filter(i -> i.getStatus() != InvitationStatus.COMPLETED && i.getStatus() != InvitationStatus.DECLINED
						&& i.getResponses().isEmpty())
				.toList();
	}

	/** What the portal does when a rater answers every item with {@code value} and submits. */
	private static void submit(Database database, String token, int value) throws Exception {
		PortalStore portal = new PortalStore(database, Duration.ofHours(1));
		String session = portal.openSession(token).orElseThrow().session();
		RaterSheet sheet = portal.sheet(session).orElseThrow();
		Map<String, String> answers = new LinkedHashMap<>();
		for (FormDocument.Section section : sheet.form().sections()) {
			section.items().forEach(item -> answers.put(item, Integer.toString(value)));
		}
		assertEquals(PortalStore.Saved.SUBMITTED, portal.save(sheet, sheet.version(), answers, Map.of(), sheet.form().defaultLanguage(), true));
	}
}

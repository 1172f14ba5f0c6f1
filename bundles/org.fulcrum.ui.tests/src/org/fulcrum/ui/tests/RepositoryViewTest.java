package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.CheckoutLink;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.RepositorySync;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.server.RepositoryPart;
import org.fulcrum.ui.internal.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Engagements on Server" view against a real server on a loopback port, with a colleague
 * working on the same engagement through the CLI's own code ({@link RepositorySync}): open,
 * save as the next version, a merge of changes to different things, and both choices on a
 * conflict — take the latest keeping mine aside, or save mine as a copy. No update is lost.
 */
class RepositoryViewTest {

	private static final String VIEW = "org.fulcrum.ui.part.repository";

	@TempDir
	Path folder;
	@TempDir
	Path colleague;

	@Test
	void opensSavesMergesAndResolvesConflictsWithoutLosingAnUpdate() throws Exception {
		java.nio.file.Files.createDirectories(colleague.resolve("first"));
		java.nio.file.Files.createDirectories(folder.resolve("work"));
		Path original = DemoFiles.demo(colleague.resolve("first"));
		System.setProperty("fulcrum.keyFile", folder.resolve("api-keys.properties").toString());
		try (FulcrumServer server = FulcrumServer.start(ServerConfig.embedded(folder.resolve("server"), 0))) {
			String key = server.createKey("ada");
			RepositorySync other = new RepositorySync(new RepositoryClient(server.publicUrl(), key));
			assertInstanceOf(RepositorySync.Stored.class, other.push(original, "acme", "first version", false));

			TestWorkbench bench = TestWorkbench.showing(folder.resolve("work"));
			RepositoryPart view = bench.part(VIEW, RepositoryPart.class);
			bench.prompts.answer(server.publicUrl().toString(), key);
			List<RepositoryClient.Listed> listed = bench.await("the list", view.connect());
			bench.spin();
			assertEquals(List.of("acme"), listed.stream().map(RepositoryClient.Listed::name).toList());
			assertEquals(1, view.table().getTable().getItemCount());

			// Open: a checkout of the latest version into the workspace folder.
			view.table().setSelection(new StructuredSelection(listed.get(0)));
			Session session = (Session) bench.await("the checkout", view.open());
			Path file = folder.resolve("work").resolve("acme.fulcrum");
			assertEquals(file, session.file());
			assertEquals(1, CheckoutLink.of(file).orElseThrow().version());

			// Save: unsaved changes are saved to the file first, then stored as version 2.
			set(session, session.engagement(), FulcrumPackage.Literals.ENGAGEMENT__CLIENT, "Acme Channel EMEA");
			bench.prompts.answer(true, "client renamed");
			assertEquals("Saved as version 2 of 'acme'.", bench.await("saving", view.save()));

			// A colleague changes something else; my change merges with theirs.
			Path theirs = other.checkout("acme", 0, colleague.resolve("second"));
			change(theirs, e -> e.getPeople().get(0).setName("Renamed By Colleague"));
			assertInstanceOf(RepositorySync.Stored.class, other.push(theirs, null, "a person renamed", false));
			session = reopened(bench, file);
			set(session, session.engagement(), FulcrumPackage.Literals.ENGAGEMENT__NAME, "Mine: renamed engagement");
			bench.prompts.answer(true, "engagement renamed");
			String merged = bench.await("saving with a merge", view.save());
			assertTrue(merged.startsWith("Saved as version 4 of 'acme', merged with version 3 by"), merged);
			session = reopened(bench, file);
			assertEquals("Renamed By Colleague", session.engagement().getPeople().get(0).getName(), "their change is in my file");
			assertEquals("Mine: renamed engagement", session.engagement().getName());

			// The same thing changed on both sides: take the latest, my version kept beside it.
			Path third = other.checkout("acme", 0, colleague.resolve("third"));
			change(third, e -> e.setName("Theirs: renamed engagement"));
			assertInstanceOf(RepositorySync.Stored.class, other.push(third, null, "their name", false));
			set(session, session.engagement(), FulcrumPackage.Literals.ENGAGEMENT__NAME, "Mine again");
			bench.prompts.answer(true, "my name", 1);
			String taken = bench.await("taking the latest", view.save());
			assertTrue(taken.contains("now holds version 5") && taken.contains("acme (mine 1).fulcrum"), taken);
			assertTrue(bench.prompts.asked.stream().anyMatch(q -> q.contains("is newer than your version 4")), bench.prompts.asked.toString());
			session = reopened(bench, file);
			assertEquals("Theirs: renamed engagement", session.engagement().getName());
			assertEquals("Mine again", new EngagementStore().read(file.resolveSibling("acme (mine 1).fulcrum")).getName(), "mine is kept");

			// Again, and this time mine goes to the server as a copy.
			change(third, e -> e.setName("Theirs once more"));
			assertInstanceOf(RepositorySync.Stored.class, other.push(third, null, "their name again", false));
			set(session, session.engagement(), FulcrumPackage.Literals.ENGAGEMENT__NAME, "Mine as a copy");
			bench.prompts.answer(true, "my name again", 0, "acme-mine");
			assertEquals("Saved as version 1 of 'acme-mine'.", bench.await("saving a copy", view.save()));
			assertEquals("Theirs once more", new EngagementStore().read(other.checkout("acme", 0, colleague.resolve("fourth"))).getName());
			assertEquals("Mine as a copy", new EngagementStore().read(other.checkout("acme-mine", 0, colleague.resolve("fifth"))).getName());
			assertEquals(List.of(), bench.prompts.errors);
		} finally {
			System.clearProperty("fulcrum.keyFile");
		}
	}

	private static void set(Session session, EObject owner, EAttribute attribute, Object value) {
		session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(), owner, attribute, value));
	}

	private static Session reopened(TestWorkbench bench, Path file) {
		bench.waitFor("the engagement open again", () -> bench.workspace().session(file).isPresent());
		EngagementSession session = bench.workspace().session(file).orElseThrow();
		return (Session) session;
	}

	private static void change(Path file, java.util.function.Consumer<Engagement> change) throws Exception {
		try (EngagementDocument document = new EngagementStore().open(file)) {
			change.accept(document.engagement());
			document.markDirty();
			document.save();
		}
	}
}

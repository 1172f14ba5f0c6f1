package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.issues.EscalationPath;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.Person;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.EngagementEditor;
import org.fulcrum.ui.internal.editors.EscalationPathForm;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engagement editor's escalation path: named people per level, unknown ids refused, undo, redo, save. */
class EscalationPathFormTest {

	@TempDir
	Path folder;

	@Test
	void namingPeopleAtALevelIsValidatedUndoableAndSaved() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		Engagement engagement = session.engagement();
		EngagementEditor editor = EngagementEditingTest.openEditor(bench, navigator, file);
		EscalationPathForm form = editor.escalationPath();
		EscalationLevel level = EscalationLevel.CHANNEL_DIRECTOR;
		List<Person> before = EscalationPath.people(engagement, level);
		List<Person> chosen = engagement.getPeople().stream().filter(p -> !before.contains(p)).limit(2).toList();
		assertEquals(2, chosen.size());
		Text field = form.field(level);
		assertEquals(String.join(", ", before.stream().map(Person::getId).toList()), field.getText(), "the form shows the path");

		EngagementEditingTest.type(bench, field, chosen.get(0).getId() + ", no-such-person");
		assertTrue(form.feedback().contains("no person 'no-such-person'"), form.feedback());
		assertEquals(before, EscalationPath.people(engagement, level), "an unknown id changes nothing");
		assertFalse(session.isDirty());

		EngagementEditingTest.type(bench, field, chosen.get(0).getId() + " , " + chosen.get(1).getId());
		assertEquals("", form.feedback());
		assertEquals(chosen, EscalationPath.people(engagement, level));
		assertTrue(session.isDirty());

		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(before, EscalationPath.people(engagement, level));
		assertEquals(String.join(", ", before.stream().map(Person::getId).toList()), field.getText(), "the field follows the undo");
		assertTrue(bench.execute(CommandIds.REDO));
		assertEquals(chosen, EscalationPath.people(engagement, level));
		assertEquals(chosen.get(0).getId() + ", " + chosen.get(1).getId(), field.getText());

		assertTrue(bench.execute(CommandIds.SAVE));
		List<String> saved = EscalationPath.people(new EngagementStore().read(file), level).stream().map(Person::getId).toList();
		assertEquals(chosen.stream().map(Person::getId).toList(), saved, "saved to the file");
	}
}

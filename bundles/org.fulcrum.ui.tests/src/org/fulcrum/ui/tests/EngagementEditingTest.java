package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.Prompts.SaveChoice;
import org.fulcrum.ui.internal.editors.EngagementEditor;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.EngagementFile;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the demo engagement, editing it in the engagement editor, undo, redo, save, and seeing the change after reopening. */
class EngagementEditingTest {

	@TempDir
	Path folder;

	@Test
	void editUndoRedoSaveAndReopen() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		String original = session.engagement().getClient();

		EngagementEditor editor = openEditor(bench, navigator, file);
		MPart editorPart = bench.activePart();
		Text client = editor.field("client");
		assertEquals(original, client.getText(), "the editor shows the engagement's client");

		type(bench, client, "Nordlicht Software AG, DACH Channel");
		assertEquals("Nordlicht Software AG, DACH Channel", session.engagement().getClient());
		assertTrue(session.isDirty());
		assertTrue(editorPart.isDirty(), "the editor shows the dirty marker");

		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(original, session.engagement().getClient());
		assertEquals(original, client.getText(), "the field follows the undo");
		assertFalse(session.isDirty(), "undone back to the saved state");
		assertFalse(editorPart.isDirty());

		assertTrue(bench.execute(CommandIds.REDO));
		assertEquals("Nordlicht Software AG, DACH Channel", client.getText());
		assertTrue(editorPart.isDirty());

		assertTrue(bench.execute(CommandIds.SAVE));
		assertFalse(session.isDirty());
		assertFalse(editorPart.isDirty());
		assertFalse(bench.canExecute(CommandIds.SAVE), "nothing left to save");
		assertEquals("Nordlicht Software AG, DACH Channel", new EngagementStore().read(file).getClient(), "saved to the file");

		// close the engagement (no question: nothing unsaved) and open it again from the navigator
		assertTrue(bench.execute(CommandIds.CLOSE_ENGAGEMENT));
		assertTrue(bench.prompts.asked.isEmpty(), "no question when nothing is unsaved");
		assertTrue(bench.workspace().session(file).isEmpty(), "closed");
		bench.await("the demo to open again", navigator.openInBackground(file));
		EngagementEditor reopened = openEditor(bench, navigator, file);
		assertEquals("Nordlicht Software AG, DACH Channel", reopened.field("client").getText());
	}

	@Test
	void closingWithUnsavedChangesAsksAndCancelKeepsThem() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		EngagementEditor editor = openEditor(bench, navigator, file);
		type(bench, editor.field("name"), "Renamed engagement");
		bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(new EngagementFile(file)));
		bench.spin();

		bench.prompts.answer(SaveChoice.CANCEL);
		assertTrue(bench.execute(CommandIds.CLOSE_ENGAGEMENT));
		assertEquals(1, bench.prompts.asked.size(), "asked about the unsaved changes");
		assertTrue(bench.workspace().session(file).isPresent(), "cancel keeps the engagement open");
		assertEquals("Renamed engagement", session.engagement().getName());

		bench.prompts.answer(SaveChoice.DISCARD);
		assertTrue(bench.execute(CommandIds.CLOSE_ENGAGEMENT));
		assertTrue(bench.workspace().session(file).isEmpty(), "closed, changes let go");
		assertNotEquals("Renamed engagement", new EngagementStore().read(file).getName(), "the file was not changed");
	}

	@Test
	void closingADirtyEditorAsksWhetherToSave() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		EngagementEditor editor = openEditor(bench, navigator, file);
		MPart editorPart = bench.activePart();
		type(bench, editor.field("client"), "Someone else");

		// what the editor tab's close button does first
		bench.prompts.answer(SaveChoice.CANCEL);
		assertFalse(bench.parts().savePart(editorPart, true), "cancel keeps the editor open");
		assertTrue(session.isDirty());
		assertEquals(1, bench.prompts.asked.size());
		bench.prompts.answer(SaveChoice.SAVE);
		assertTrue(bench.parts().savePart(editorPart, true));
		assertFalse(session.isDirty(), "saved");
		assertEquals("Someone else", new EngagementStore().read(file).getClient());
	}

	static EngagementEditor openEditor(TestWorkbench bench, NavigatorPart navigator, Path file) {
		navigator.activate(new EngagementFile(file));
		bench.spin();
		return (EngagementEditor) bench.activePart().getObject();
	}

	/** Types into a field and presses Enter, as a user does. */
	static void type(TestWorkbench bench, Text field, String text) {
		field.setFocus();
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		bench.spin();
	}
}

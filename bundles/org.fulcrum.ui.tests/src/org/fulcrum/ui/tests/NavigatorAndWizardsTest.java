package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;


import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.model.Assessment;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.EngagementEditor;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.EngagementFile;
import org.fulcrum.ui.internal.navigator.Folder;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.navigator.Progress;
import org.fulcrum.ui.internal.wizards.NewEngagementWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigator's contents, the new engagement wizard, deleting with confirmation, and a logged override of a frozen policy. */
class NavigatorAndWizardsTest {

	@TempDir
	Path folder;

	@Test
	void newEngagementWizardCreatesTheFileAndRefusesATakenName() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		NewEngagementWizard wizard = new NewEngagementWizard(bench.workspace(), bench.application.getContext().get(InstrumentCatalog.class));
		WizardDialog dialog = new WizardDialog((Shell) bench.window.getWidget(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().fill("acme-2027", "ACME partner managers 2027", "ACME Corp");
		bench.spin();
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();
		bench.spin();

		Path file = folder.resolve("acme-2027.fulcrum");
		assertTrue(Files.isRegularFile(file), "created at once");
		EngagementSession session = bench.workspace().session(file).orElseThrow();
		assertEquals("ACME Corp", session.engagement().getClient());
		assertEquals(1, session.engagement().getInstruments().size(), "with a copy of the installed instrument");
		assertEquals(1, navigator.viewer().getTree().getItemCount(), "listed in the navigator");

		NewEngagementWizard again = new NewEngagementWizard(bench.workspace(), bench.application.getContext().get(InstrumentCatalog.class));
		WizardDialog second = new WizardDialog((Shell) bench.window.getWidget(), again);
		second.setBlockOnOpen(false);
		second.open();
		again.page().fill("acme-2027", "", "");
		bench.spin();
		assertFalse(again.canFinish(), "a file of that name exists");
		second.close();
	}

	@Test
	void navigatorShowsProgressPerGroupAndDeletesOnlyWhenConfirmed() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		Folder assessments = new Folder(session, Folder.Kind.ASSESSMENTS);
		navigator.viewer().setExpandedState(assessments, true);
		bench.spin();
		Assessment assessment = session.engagement().getAssessments().get(0);
		TreeItem item = item(navigator.viewer().getTree().getItems(), assessment);
		assertEquals(new Progress(assessment).text(), item.getText(1));
		assertTrue(item.getText(1).contains("self 1/1"), item.getText(1));

		bench.execute(CommandIds.CLOSE_ENGAGEMENT);
		navigator.viewer().setSelection(new StructuredSelection(new EngagementFile(file)));
		bench.spin();
		bench.prompts.answer(false);
		assertTrue(bench.execute(CommandIds.DELETE));
		assertTrue(Files.exists(file), "not deleted without confirmation");
		bench.prompts.answer(true);
		assertTrue(bench.execute(CommandIds.DELETE));
		assertFalse(Files.exists(file), "deleted");
		assertFalse(Files.exists(folder.resolve("demo.fulcrum.bak")), "with its backup");
		assertEquals(0, navigator.viewer().getTree().getItemCount());
	}

	@Test
	void changingAFrozenPolicyAsksWhyLogsTheOverrideAndUndoes() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		assertTrue(session.engagement().getConfidentiality().isFrozen(), "the demo has started collection");
		EngagementEditor editor = EngagementEditingTest.openEditor(bench, navigator, file);
		int before = session.engagement().getConfidentiality().getMinimumRaters();

		bench.prompts.answer("The client's teams have only four peers each");
		editor.policy().minimumRaters().setSelection(before + 1);
		editor.policy().minimumRaters().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		bench.spin();
		assertEquals(before + 1, session.engagement().getConfidentiality().getMinimumRaters());
		assertEquals(1, session.engagement().getConfidentiality().getOverrides().size(), "the override is logged");
		assertEquals("The client's teams have only four peers each", session.engagement().getConfidentiality().getOverrides().get(0).getReason());

		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(before, session.engagement().getConfidentiality().getMinimumRaters());
		assertTrue(session.engagement().getConfidentiality().getOverrides().isEmpty(), "undo takes the change and its log entry back");
		assertFalse(session.isDirty());
	}

	private static TreeItem item(TreeItem[] items, Object data) {
		for (TreeItem item : items) {
			if (item.getData() == data) {
				return item;
			}
			TreeItem found = item(item.getItems(), data);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}

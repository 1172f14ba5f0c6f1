package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TableItem;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.wizards.ImportKind;
import org.fulcrum.ui.internal.wizards.ImportWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard: a bad file shows every problem by line and imports nothing; a good one imports as one undoable command. */
class ImportWizardTest {

	@TempDir
	Path folder;

	@Test
	void badFileShowsLineErrorsAndChangesNothing() throws Exception {
		Path file = DemoFiles.demo(folder);
		byte[] before = Files.readAllBytes(file);
		Path csv = folder.resolve("participants.csv");
		Files.writeString(csv, """
				id,name,email,title
				P-new-1,Ada Lovelace,ada@example.com,Partner Manager
				P-new-2,,not-an-email,Partner Manager
				P-new-1,Charles Babbage,charles@example.com,Channel Lead
				""", StandardCharsets.UTF_8);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		int people = session.engagement().getPeople().size();

		ImportWizard wizard = new ImportWizard(session);
		WizardDialog dialog = open(bench, wizard);
		wizard.sourcePage().choose(ImportKind.PARTICIPANTS, csv);
		dialog.showPage(wizard.checkPage());
		bench.spin();

		List<String> rows = rows(wizard.checkPage().problems().getTable().getItems());
		assertTrue(rows.contains("3 | name | is empty"), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("3 | email | ")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("4 | id | 'P-new-1' is already used")), rows.toString());
		assertTrue(wizard.checkPage().summary().contains("Nothing will be imported"), wizard.checkPage().summary());
		assertFalse(wizard.canFinish(), "Finish is off while the file has problems");
		dialog.close();
		bench.spin();

		assertEquals(people, session.engagement().getPeople().size(), "no participant added");
		assertFalse(session.isDirty(), "the engagement is unchanged");
		assertFalse(session.editingDomain().getCommandStack().canUndo(), "nothing to undo");
		assertArrayEquals(before, Files.readAllBytes(file), "the file is unchanged");
	}

	@Test
	void goodFileImportsAsOneCommandThatUndoes() throws Exception {
		Path file = DemoFiles.demo(folder);
		Path csv = folder.resolve("participants.csv");
		Files.writeString(csv, """
				id,name,email,title
				P-new-1,Ada Lovelace,ada@example.com,Partner Manager
				P-new-2,Grace Hopper,grace@example.com,Channel Lead
				""", StandardCharsets.UTF_8);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		long participants = participants(session);

		ImportWizard wizard = new ImportWizard(session);
		WizardDialog dialog = open(bench, wizard);
		wizard.sourcePage().choose(ImportKind.PARTICIPANTS, csv);
		dialog.showPage(wizard.checkPage());
		bench.spin();
		assertTrue(wizard.canFinish(), wizard.checkPage().summary());
		assertEquals(participants, participants(session), "checking changes nothing");
		assertTrue(wizard.performFinish());
		dialog.close();
		bench.spin();

		assertEquals(participants + 2, participants(session));
		assertTrue(session.isDirty());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(participants, participants(session), "undo takes the whole import back");
		assertFalse(session.isDirty());
	}

	private static WizardDialog open(TestWorkbench bench, ImportWizard wizard) {
		WizardDialog dialog = new WizardDialog((org.eclipse.swt.widgets.Shell) bench.window.getWidget(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		bench.spin();
		return dialog;
	}

	private static long participants(EngagementSession session) {
		return session.engagement().getPeople().stream().filter(PartnerManager.class::isInstance).count();
	}

	private static List<String> rows(TableItem[] items) {
		return java.util.Arrays.stream(items).map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
	}
}

package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.session.Session;
import org.fulcrum.ui.internal.wizards.ReportWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report wizard writes the selected participant's report and records the release in the saved engagement. */
class ReportWizardTest {

	@TempDir
	Path folder;

	@Test
	void writesTheSelectedParticipantsReportAndSavesTheRelease() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		Assessment assessment = session.engagement().getAssessments().get(2);
		Path out = folder.resolve("reports");

		ReportWizard wizard = new ReportWizard((Session) session, assessment);
		WizardDialog dialog = new WizardDialog((Shell) bench.window.getWidget(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().choose(out, EnumSet.of(ReportFormat.HTML), true, false);
		bench.spin();
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish(), String.valueOf(wizard.page().getErrorMessage()));
		dialog.close();
		bench.spin();

		Path report = out.resolve(EngagementReports.fileName(assessment, ReportFormat.HTML));
		assertTrue(Files.isRegularFile(report), "the HTML report of " + assessment.getId());
		assertEquals(report, wizard.htmlReport());
		assertEquals(1, wizard.result().outcome().written().size(), "only the selected participant's report");
		assertTrue(Files.readString(report).contains(assessment.getSubject().getName()));
		assertEquals(1, wizard.result().released());
		assertFalse(session.isDirty(), "the release record is saved at once");
		assertEquals(1, new EngagementStore().read(file).getReleases().size(), "and is in the file");
	}
}

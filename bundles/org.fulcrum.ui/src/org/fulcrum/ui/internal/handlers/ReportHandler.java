package org.fulcrum.ui.internal.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.results.ResultsPart;
import org.fulcrum.ui.internal.session.Session;
import org.fulcrum.ui.internal.wizards.ReportWizard;

/** Generates the engagement's reports with the report wizard, then offers to open the folder or the HTML report. */
public final class ReportHandler {

	@CanExecute
	boolean canExecute(@Optional EngagementSession session) {
		return session != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EngagementSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		ReportWizard wizard = new ReportWizard((Session) session, ResultsPart.assessmentOf(selection));
		if (new WizardDialog(shell, wizard).open() != Window.OK || wizard.result() == null) {
			return;
		}
		EngagementReports.Result result = wizard.result();
		StringBuilder summary = new StringBuilder().append(result.outcome().written().size()).append(" report file(s) written to ")
				.append(wizard.folder()).append("; ").append(result.released()).append(" release(s) recorded and saved.");
		result.notes().forEach(note -> summary.append("\n").append(note));
		result.outcome().failures().forEach(failure -> summary.append("\nFailed: ").append(failure));
		Path html = wizard.htmlReport();
		String[] buttons = html == null ? new String[] { "Open &Folder", "&Close" } : new String[] { "Open &Folder", "Open &HTML Report", "&Close" };
		int chosen = new MessageDialog(shell, "Reports written", null, summary.toString(),
				result.outcome().failures().isEmpty() ? MessageDialog.INFORMATION : MessageDialog.WARNING, buttons, 0).open();
		if (chosen == 0) {
			Program.launch(wizard.folder().toString());
		} else if (chosen == 1 && html != null) {
			Program.launch(html.toString());
		}
	}
}

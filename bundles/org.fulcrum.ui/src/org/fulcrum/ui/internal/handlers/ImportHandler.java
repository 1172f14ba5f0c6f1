package org.fulcrum.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.wizards.ImportWizard;

/** Opens the import wizard on the engagement of the active editor or of the navigator's selection. */
public final class ImportHandler {

	@CanExecute
	boolean canExecute(@Optional EngagementSession session) {
		return session != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EngagementSession session) {
		new WizardDialog(shell, new ImportWizard(session)).open();
	}
}

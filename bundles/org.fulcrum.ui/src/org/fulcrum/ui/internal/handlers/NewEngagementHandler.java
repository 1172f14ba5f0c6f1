package org.fulcrum.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.wizards.NewEngagementWizard;

/** Opens the new engagement wizard, then the new engagement's editor. */
public final class NewEngagementHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EngagementWorkspace workspace, InstrumentCatalog catalog,
			IEclipseContext context) {
		NewEngagementWizard wizard = new NewEngagementWizard(workspace, catalog);
		if (new WizardDialog(shell, wizard).open() == Window.OK && wizard.created() != null) {
			Editors.in(context).open(wizard.created(), wizard.created().engagement());
		}
	}
}

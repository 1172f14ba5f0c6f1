package org.fulcrum.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.About;

/** Shows the About dialog: Fulcrum's version, the Java and Eclipse it runs on, the instruments installed. */
public final class AboutHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, InstrumentCatalog catalog, EngagementWorkspace workspace) {
		MessageDialog.openInformation(shell, "About Fulcrum", About.text(catalog, workspace));
	}
}

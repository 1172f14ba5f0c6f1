package org.fulcrum.ui.internal.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.WorkspaceLocation;
import org.fulcrum.ui.internal.editors.Editors;

/** Shows another folder of engagements; the open ones are closed first (asking about unsaved changes). */
public final class OpenFolderHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EngagementWorkspace workspace, Prompts prompts, IEclipseContext context) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open a folder of engagements");
		dialog.setFilterPath(workspace.folder().toString());
		String chosen = dialog.open();
		if (chosen == null || !UnsavedChanges.resolve(workspace.sessions(), prompts, "switching folders")) {
			return;
		}
		for (EngagementSession session : workspace.sessions()) {
			Editors.in(context).closeEditorsOf(session.file());
		}
		workspace.switchTo(Path.of(chosen));
		WorkspaceLocation.remember(workspace.folder());
	}
}

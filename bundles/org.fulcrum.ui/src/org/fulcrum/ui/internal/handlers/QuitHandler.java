package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;

/** Quits, after asking about every engagement with unsaved changes. */
public final class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, EngagementWorkspace workspace, Prompts prompts) {
		if (UnsavedChanges.resolve(workspace.sessions(), prompts, "quitting")) {
			workspace.sessions().forEach(workspace::close);
			workbench.close();
		}
	}
}

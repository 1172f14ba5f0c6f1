package org.fulcrum.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.session.Workspace;

/**
 * Puts the workbench's services in the application context before the model is rendered: the
 * workspace folder (from {@code ./fulcrum ui DIR}, else the one used last), the installed
 * instruments and the dialogs that ask the user.
 */
public final class LifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		Path folder = WorkspaceLocation.initial();
		WorkspaceLocation.remember(folder);
		context.set(EngagementWorkspace.class, new Workspace(folder));
		context.set(InstrumentCatalog.class, InstrumentCatalog.installed());
		context.set(Prompts.class, new DialogPrompts());
	}
}

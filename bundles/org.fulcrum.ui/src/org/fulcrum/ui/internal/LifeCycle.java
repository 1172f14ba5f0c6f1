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
		upgradeModel();
		Path folder = WorkspaceLocation.initial();
		WorkspaceLocation.remember(folder);
		context.set(EngagementWorkspace.class, new Workspace(folder));
		context.set(InstrumentCatalog.class, InstrumentCatalog.installed());
		context.set(Prompts.class, new DialogPrompts());
	}

	/** Before e4 loads the persisted model: one saved by an older application model is set aside (see {@link ModelUpgrade}). */
	private static void upgradeModel() {
		org.eclipse.osgi.service.datalocation.Location instance = org.eclipse.core.runtime.Platform.getInstanceLocation();
		if (instance == null || !instance.isSet()) {
			return;
		}
		try {
			ModelUpgrade.apply(Path.of(org.eclipse.core.runtime.URIUtil.toURI(instance.getURL())), ModelUpgrade.shippedModel());
		} catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
			// The layout is a convenience: with it unreadable, e4 still starts from what it finds.
			org.eclipse.core.runtime.ILog.of(LifeCycle.class).warn("The saved workbench layout could not be checked: " + e.getMessage());
		}
	}
}

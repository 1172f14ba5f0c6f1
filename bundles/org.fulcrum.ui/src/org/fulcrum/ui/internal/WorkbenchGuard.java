package org.fulcrum.ui.internal;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.handlers.UnsavedChanges;
import org.osgi.service.event.Event;

/**
 * An add-on that keeps unsaved work from being lost: closing a dirty editor asks whether to
 * save the engagement, closing the main window asks about every engagement with unsaved
 * changes (also those without an open editor), and when the workbench shuts down every
 * engagement is closed so that its lock is released.
 */
public final class WorkbenchGuard {

	private final EngagementWorkspace workspace;
	private final Prompts prompts;

	@Inject
	public WorkbenchGuard(EngagementWorkspace workspace, Prompts prompts) {
		this.workspace = workspace;
		this.prompts = prompts;
	}

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
		for (MWindow window : application.getChildren()) {
			guard(window, workspace, prompts);
		}
	}

	/**
	 * Puts Fulcrum's save and close questions in a rendered window's context, in place of the
	 * renderer's defaults.
	 */
	public static void guard(MWindow window, EngagementWorkspace workspace, Prompts prompts) {
		if (window.getContext() == null) {
			return;
		}
		window.getContext().set(IWindowCloseHandler.class, w -> UnsavedChanges.resolve(workspace.sessions(), prompts, "closing Fulcrum"));
		window.getContext().set(ISaveHandler.class, new PromptingSaveHandler(prompts));
	}

	@PreDestroy
	void shutDown() {
		workspace.sessions().forEach(workspace::close);
	}
}

package org.fulcrum.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.editors.Editors;

/** Closes the selected engagement and its editors, asking first when it has unsaved changes; releases its lock. */
public final class CloseEngagementHandler {

	@CanExecute
	boolean canExecute(@Optional EngagementSession session) {
		return session != null;
	}

	@Execute
	void execute(EngagementSession session, EngagementWorkspace workspace, Prompts prompts, IEclipseContext context) {
		if (UnsavedChanges.resolve(List.of(session), prompts, "closing it")) {
			Editors.in(context).closeEditorsOf(session.file());
			workspace.close(session);
		}
	}
}

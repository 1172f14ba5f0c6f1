package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;

/** Saves every engagement with unsaved changes. */
public final class SaveAllHandler {

	@CanExecute
	boolean canExecute(EngagementWorkspace workspace) {
		return workspace.sessions().stream().anyMatch(EngagementSession::isDirty);
	}

	@Execute
	void execute(EngagementWorkspace workspace, Prompts prompts) {
		for (EngagementSession session : workspace.sessions()) {
			if (session.isDirty()) {
				try {
					session.save();
				} catch (StoreException e) {
					prompts.error("Save failed", e.getMessage());
				}
			}
		}
	}
}

package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.Prompts;

/** Saves the engagement of the active editor or of the navigator's selection, atomically through the store. */
public final class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional EngagementSession session) {
		return session != null && session.isDirty();
	}

	@Execute
	void execute(EngagementSession session, Prompts prompts) {
		try {
			session.save();
		} catch (StoreException e) {
			prompts.error("Save failed", e.getMessage());
		}
	}
}

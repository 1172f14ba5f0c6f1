package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.fulcrum.ui.EngagementSession;

/** Redoes the last undone change to the engagement of the active editor or of the navigator's selection. */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional EngagementSession session) {
		return session != null && session.editingDomain().getCommandStack().canRedo();
	}

	@Execute
	void execute(EngagementSession session) {
		session.editingDomain().getCommandStack().redo();
	}
}

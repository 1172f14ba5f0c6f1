package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.fulcrum.ui.EngagementSession;

/** Undoes the last change to the engagement of the active editor or of the navigator's selection. */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional EngagementSession session) {
		return session != null && session.editingDomain().getCommandStack().canUndo();
	}

	@Execute
	void execute(EngagementSession session) {
		session.editingDomain().getCommandStack().undo();
	}
}

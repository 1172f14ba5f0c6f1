package org.fulcrum.ui.internal.handlers;

import java.util.List;

import org.fulcrum.core.store.StoreException;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.Prompts;

/** Asks what to do with each engagement that has unsaved changes before something would lose them. */
public final class UnsavedChanges {

	private UnsavedChanges() {
	}

	/** True when the caller may go on: every dirty session was saved or its changes were let go. */
	public static boolean resolve(List<EngagementSession> sessions, Prompts prompts, String before) {
		for (EngagementSession session : sessions) {
			if (!session.isDirty()) {
				continue;
			}
			switch (prompts.askSave("Unsaved changes", session.file().getFileName() + " has unsaved changes. Save them before " + before + "?")) {
			case SAVE -> {
				try {
					session.save();
				} catch (StoreException e) {
					prompts.error("Save failed", e.getMessage());
					return false;
				}
			}
			case DISCARD -> {
				// the caller closes the session; its changes are let go
			}
			case CANCEL -> {
				return false;
			}
			}
		}
		return true;
	}
}

package org.fulcrum.ui;

import java.nio.file.Path;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;

/**
 * One engagement open in the workbench: its document (locked against other writers), the
 * editing domain whose command stack every view and editor changes it through, and whether
 * there are unsaved changes. Used on the user interface thread only.
 */
public interface EngagementSession {

	Path file();

	Engagement engagement();

	/** Every change goes through this domain's command stack, so that it can be undone. */
	EditingDomain editingDomain();

	/** Whether the engagement changed since it was opened or last saved. */
	boolean isDirty();

	/** Saves atomically through the store; on failure the file is unchanged and the session stays dirty. */
	void save() throws StoreException;

	/** Tells {@code listener} of every change of the model or of the dirty state, on the user interface thread. */
	void addListener(Runnable listener);

	void removeListener(Runnable listener);
}

package org.fulcrum.core.store;

import java.nio.file.Path;

import org.fulcrum.model.Engagement;

/**
 * One engagement opened for writing: the model, the file it came from and the lock that keeps
 * other writers out until {@link #close()}. Callers mark it dirty when they change the model;
 * a failed save leaves it dirty.
 */
public interface EngagementDocument extends AutoCloseable {

	/** The engagement, the root of the document. */
	Engagement engagement();

	/** The file this document is saved to. */
	Path file();

	/** Whether there are changes not yet saved. */
	boolean isDirty();

	/** Records that the model was changed. */
	void markDirty();

	/**
	 * Writes the engagement atomically: the file then holds either the previous or the new
	 * version, never a mixture, and the previous version is kept as a backup.
	 *
	 * @throws StoreException when the save failed; the file is then unchanged and the document stays dirty
	 */
	void save() throws StoreException;

	/** Releases the lock. Unsaved changes are discarded. */
	@Override
	void close();
}

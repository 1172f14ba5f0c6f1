package org.fulcrum.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;

/**
 * The folder of engagement files the workbench shows, and the engagements open in it. Other
 * user interface plugins get it from the application's context, e.g. {@code @Inject EngagementWorkspace}.
 */
public interface EngagementWorkspace {

	/** The folder whose {@code *.fulcrum} files are listed. */
	Path folder();

	/** The engagement files in the folder, by name. */
	List<Path> files();

	/** The session of a file that is open, if it is. */
	Optional<EngagementSession> session(Path file);

	/** The session holding an object of an open engagement. */
	Optional<EngagementSession> sessionOf(Object element);

	List<EngagementSession> sessions();

	/** Opens a file for editing and locks it (or returns its session when it is open already). */
	EngagementSession open(Path file) throws StoreException;

	/** Creates a new engagement file in the folder and opens it. */
	EngagementSession create(String fileName, Engagement engagement) throws StoreException;

	/** Closes a session, discarding unsaved changes, and releases its lock. */
	void close(EngagementSession session);

	/** Shows another folder; every open session is closed first. */
	void switchTo(Path folder);

	/** Tells {@code listener} when files or sessions come or go. */
	void addListener(Runnable listener);

	void removeListener(Runnable listener);
}

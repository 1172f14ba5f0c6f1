package org.fulcrum.core.store;

import java.nio.file.Path;

import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.model.Engagement;

/**
 * Opens, creates and reads engagement files ({@code *.fulcrum}). Safe to share between threads.
 *
 * <p>A file is XMI in a versioned namespace (see {@link EngagementFormat}); a newer or foreign
 * file is refused with a message, never half-read. Saves are atomic and keep the previous
 * version in {@code x.fulcrum.bak}. A document opened for writing is locked against every
 * other writer until it is closed.
 */
public final class EngagementStore {

	private final StoreEngine engine = new StoreEngine(SystemFileOps.INSTANCE, true);
	private final StoreEngine xmiOnly = new StoreEngine(SystemFileOps.INSTANCE, false);

	/** Opens an engagement for writing and locks it. */
	public EngagementDocument open(Path file) throws StoreException {
		return engine.open(file);
	}

	/** Saves a new engagement to a file that must not exist yet, and keeps it open for writing. */
	public EngagementDocument create(Path file, Engagement engagement) throws StoreException {
		return engine.create(file, engagement);
	}

	/**
	 * Saves {@code engagement} over an existing file (atomically, the previous version kept as
	 * backup), under the file's lock: e.g. an engagement merged or checked out elsewhere.
	 */
	public void replace(Path file, Engagement engagement) throws StoreException {
		engine.replace(file, engagement);
	}

	/** Reads an engagement without locking it, e.g. to validate or report on it. */
	public Engagement read(Path file) throws StoreException {
		return engine.read(file);
	}

	/**
	 * Reads an engagement from its XMI alone, never from the load cache, without locking it:
	 * what {@code validate} checks is the file itself, as another machine would read it.
	 */
	public Engagement readFromXmi(Path file) throws StoreException {
		return xmiOnly.read(file);
	}
}

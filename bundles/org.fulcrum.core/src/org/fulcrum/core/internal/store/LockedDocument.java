package org.fulcrum.core.internal.store;

import java.nio.file.Path;

import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;

/** An engagement open for writing, holding its lock until closed. */
final class LockedDocument implements EngagementDocument {

	private final StoreEngine engine;
	private final Path file;
	private final EngagementLock lock;
	private final Engagement engagement;
	private boolean dirty;
	private boolean closed;

	LockedDocument(StoreEngine engine, Path file, EngagementLock lock, Engagement engagement, boolean dirty) {
		this.engine = engine;
		this.file = file;
		this.lock = lock;
		this.engagement = engagement;
		this.dirty = dirty;
	}

	@Override
	public Engagement engagement() {
		return engagement;
	}

	@Override
	public Path file() {
		return file;
	}

	@Override
	public synchronized boolean isDirty() {
		return dirty;
	}

	@Override
	public synchronized void markDirty() {
		dirty = true;
	}

	@Override
	public synchronized void save() throws StoreException {
		if (closed) {
			throw new StoreException(file, "is closed; open it again to save");
		}
		engine.save(file, engagement);
		dirty = false;
	}

	@Override
	public synchronized void close() {
		if (!closed) {
			closed = true;
			lock.close();
		}
	}
}

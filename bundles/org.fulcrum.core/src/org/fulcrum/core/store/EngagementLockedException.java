package org.fulcrum.core.store;

import java.nio.file.Path;

/** Another process (or another window of this one) has the engagement open for writing. */
public final class EngagementLockedException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String holder;

	public EngagementLockedException(Path file, String holder) {
		super(file, "is open for writing by " + holder + "; close it there first");
		this.holder = holder;
	}

	/** Who holds the lock, as recorded in the lock file (process, host, user, since when). */
	public String holder() {
		return holder;
	}
}

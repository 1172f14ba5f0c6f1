package org.fulcrum.server.internal.store;

/** The database cannot be reached right now: the server answers 503 with a retry hint and tries again later. */
public final class StoreUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreUnavailableException(Throwable cause) {
		super("the database is not reachable: " + cause.getMessage(), cause);
	}
}

package org.fulcrum.server.client;

/** The server could not be reached or refused a request; the message says which and what to do. */
public final class ServerException extends Exception {

	private static final long serialVersionUID = 1L;

	public ServerException(String message) {
		super(message);
	}

	public ServerException(String message, Throwable cause) {
		super(message, cause);
	}
}

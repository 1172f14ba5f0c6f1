package org.fulcrum.cli.internal;

/** The command line cannot be understood; the message says what to type instead. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}

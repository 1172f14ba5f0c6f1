package org.fulcrum.server.internal.access;

/** A request the accounts cannot carry out as asked: an unknown account, a weak password, the last owner removed. */
public final class AccountException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public AccountException(String message) {
		super(message);
	}
}

package org.fulcrum.server;

/** A settings file the server cannot use; the message names the file, line and key. */
public final class ConfigException extends Exception {

	private static final long serialVersionUID = 1L;

	public ConfigException(String message) {
		super(message);
	}
}

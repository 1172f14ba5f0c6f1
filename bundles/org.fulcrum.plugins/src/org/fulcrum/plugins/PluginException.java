package org.fulcrum.plugins;

/** An installation or removal that could not be done, in words for the user (nothing was changed). */
public final class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginException(String message) {
		super(message);
	}

	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}

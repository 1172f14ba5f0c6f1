package org.fulcrum.assessment.internal;

/** A contribution to an extension point that cannot be used; the message says why. */
final class BrokenContributionException extends Exception {

	private static final long serialVersionUID = 1L;

	BrokenContributionException(String message) {
		super(message);
	}

	BrokenContributionException(String message, Throwable cause) {
		super(message, cause);
	}
}

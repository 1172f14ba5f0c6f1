package org.fulcrum.report;

/** A report that could not be written, with a reason a consultant can act on. */
public final class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}

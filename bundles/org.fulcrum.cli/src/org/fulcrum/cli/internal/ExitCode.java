package org.fulcrum.cli.internal;

/** The process exit codes of {@code ./fulcrum}, documented in docs/cli.md. */
public final class ExitCode {

	/** The command did what was asked. */
	public static final int OK = 0;
	/** The command ran, and found errors in the data (e.g. validate). */
	public static final int FINDINGS = 1;
	/** The command line was wrong: unknown command or option, missing argument. */
	public static final int USAGE = 2;
	/** A file could not be read, written or locked. */
	public static final int DATA = 3;
	/** The command ran out of memory: the input is too large for the heap (raise it, docs/cli.md). */
	public static final int RESOURCES = 4;
	/** A defect in Fulcrum; run again with --debug for the stack trace. */
	public static final int INTERNAL = 70;

	private ExitCode() {
	}
}

package org.fulcrum.cli.internal;

/** One {@code ./fulcrum COMMAND}. */
public interface Command {

	/** The word that selects the command. */
	String name();

	/** The arguments after the name, e.g. {@code FILE}. */
	String synopsis();

	/** One line for the command list. */
	String summary();

	/** Runs the command and returns its exit code. */
	int run(Arguments arguments, Console console) throws Exception;
}

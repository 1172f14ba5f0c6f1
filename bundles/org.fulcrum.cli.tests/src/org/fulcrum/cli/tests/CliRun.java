package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;

/** Runs the command line in process and keeps what the last run printed to standard output and error. */
final class CliRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Builds the demo engagement into {@code dir} and returns its file. */
	static Path demo(Path dir) {
		CliRun quiet = new CliRun();
		assertEquals(ExitCode.OK, quiet.run("demo", dir.toString()), quiet.err());
		return dir.resolve("demo-engagement.fulcrum");
	}

	int run(String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(arguments);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}

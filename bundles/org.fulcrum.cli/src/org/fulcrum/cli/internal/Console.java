package org.fulcrum.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where a command writes: results to {@code out}, one-line reasons and progress to {@code err}. */
public record Console(PrintStream out, PrintStream err) {

	public static Console system() {
		return new Console(new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8));
	}
}

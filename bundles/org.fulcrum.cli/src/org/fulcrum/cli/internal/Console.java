package org.fulcrum.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: results to {@code out}, one-line reasons and progress to {@code err}.
 * Both pass through {@link TerminalSafeStream}, so that no control character of an input
 * (a name, a comment, a cell quoted in a message) reaches the terminal raw.
 */
public record Console(PrintStream out, PrintStream err) {

	public Console {
		out = terminalSafe(out);
		err = terminalSafe(err);
	}

	public static Console system() {
		return new Console(new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8));
	}

	private static PrintStream terminalSafe(PrintStream stream) {
		return stream instanceof Safe ? stream : new Safe(stream);
	}

	/** A UTF-8 print stream through {@link TerminalSafeStream}. */
	private static final class Safe extends PrintStream {
		Safe(PrintStream target) {
			super(new TerminalSafeStream(target), true, StandardCharsets.UTF_8);
		}
	}
}

package org.fulcrum.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work on stderr, on a terminal only: one line rewritten in place
 * ({@code [ 37/120] 11.8/s, about 7 s left: pm-07 …}) and cleared when the work is done. Into a
 * file or a pipe nothing is written: stderr of a command that succeeds stays empty (docs/cli.md).
 * Failures are printed on lines of their own as they happen.
 */
public final class ProgressLine {

	private final PrintStream err;
	private final boolean terminal;
	private final long started = System.nanoTime();
	private int width;

	public ProgressLine(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	/** Whether this process writes to a terminal (not a file or a pipe). */
	public static boolean onTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22 and later return a console even when redirected; they can tell.
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	public void step(int done, int total, String what, String failure) {
		double seconds = (System.nanoTime() - started) / 1e9;
		double rate = seconds > 0 ? done / seconds : 0;
		String line = String.format(Locale.ROOT, "[%" + digits(total) + "d/%d] %.1f/s, %s: %s", done, total, rate,
				eta(total - done, rate), what);
		if (failure != null) {
			clear();
			err.println("failed: " + what + ": " + failure);
		}
		if (terminal) {
			clear();
			err.print(line);
			width = line.length();
			if (done == total) {
				clear();
			}
			err.flush();
		}
	}

	private void clear() {
		if (terminal && width > 0) {
			err.print("\r" + " ".repeat(width) + "\r");
			width = 0;
		}
	}

	private static String eta(int left, double rate) {
		if (left == 0) {
			return "done";
		}
		return rate <= 0 ? "estimating" : String.format(Locale.ROOT, "about %.0f s left", Math.ceil(left / rate));
	}

	private static int digits(int n) {
		return Math.max(1, String.valueOf(n).length());
	}
}

package org.fulcrum.logging;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the libraries' logging off the console: Fulcrum's command line promises one
 * {@code fulcrum:} line on stderr for an error and nothing else. Java logging (Aries SPI Fly,
 * BIRT, EMF) and the OSGi log (Equinox, the extension registry) are held back; with
 * {@link #debug(boolean) debug} on they are printed to stderr, for a developer.
 * <p>
 * Started at start level 1 by the product, before any other bundle can log; the Equinox log
 * file in the configuration folder is turned off by {@code eclipse.log.enabled=false} in the
 * product's configuration (see docs/cli.md).
 */
public final class QuietLogging {

	private static volatile boolean debug;
	private static final Handler CONSOLE = new ConsoleWhenDebugging();

	private QuietLogging() {
	}

	/** Replaces the handlers of Java logging's root logger with one that prints only when debugging. */
	public static synchronized void install() {
		Logger root = LogManager.getLogManager().getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(CONSOLE);
	}

	/** With {@code on}, library logging (warnings and worse, or everything with -Dfulcrum.log=all) goes to stderr. */
	public static void debug(boolean on) {
		debug = on;
		Logger root = LogManager.getLogManager().getLogger("");
		root.setLevel(on && "all".equals(System.getProperty("fulcrum.log")) ? Level.ALL : on ? Level.INFO : Level.WARNING);
		if (!on) {
			// SLF4J (Jetty, POI) and Log4j's API (POI) report a provider that SPI Fly has not registered
			// yet on stderr; their no-op fallbacks are what Fulcrum wants anyway.
			System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
			System.getProperties().putIfAbsent("log4j2.statusLoggerLevel", "OFF");
		}
	}

	public static boolean debugging() {
		return debug;
	}

	/** Prints one line of the OSGi log to stderr when debugging. */
	public static void osgi(String line) {
		if (debug) {
			stderr().println(line);
		}
	}

	private static PrintStream stderr() {
		return System.err;
	}

	private static final class ConsoleWhenDebugging extends Handler {

		private final SimpleFormatter format = new SimpleFormatter();

		@Override
		public void publish(LogRecord record) {
			if (debug && isLoggable(record)) {
				stderr().print(format.format(record));
			}
		}

		@Override
		public void flush() {
			stderr().flush();
		}

		@Override
		public void close() {
			// stderr stays open
		}
	}
}

package org.fulcrum.logging.internal;

import org.fulcrum.logging.QuietLogging;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Quietens Java logging as the framework starts (an activator, not a DS component: it must run
 * at start level 1, before Felix SCR and SPI Fly, which log as they start) and passes the OSGi
 * log to stderr only when debugging.
 */
public final class QuietLoggingActivator implements BundleActivator {

	private ServiceTracker<LogReaderService, LogReaderService> readers;

	@Override
	public void start(BundleContext context) {
		QuietLogging.install();
		QuietLogging.debug(Boolean.getBoolean("fulcrum.debug"));
		LogListener listener = QuietLoggingActivator::print;
		readers = new ServiceTracker<>(context, LogReaderService.class, null) {
			@Override
			public LogReaderService addingService(org.osgi.framework.ServiceReference<LogReaderService> reference) {
				LogReaderService reader = super.addingService(reference);
				if (reader != null) {
					reader.addLogListener(listener);
				}
				return reader;
			}
		};
		readers.open();
	}

	private static void print(LogEntry entry) {
		if (LogLevel.WARN.implies(entry.getLogLevel())) {
			String bundle = entry.getBundle() == null ? "" : entry.getBundle().getSymbolicName() + ": ";
			Throwable exception = entry.getException();
			QuietLogging.osgi(entry.getLogLevel() + " " + bundle + entry.getMessage()
					+ (exception == null ? "" : " (" + exception + ")"));
		}
	}

	@Override
	public void stop(BundleContext context) {
		readers.close();
	}
}

package org.fulcrum.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.osgi.service.event.Event;

/**
 * Measures start-up for releng/scripts/ui-startup.sh (docs/performance.md), only when the
 * system property {@code fulcrum.startup.report} names a file: the time from the JVM's start to
 * the first window being shown and painted, then, with {@code fulcrum.startup.open}, the time
 * to open that engagement in the navigator. With {@code fulcrum.startup.exit} it then quits.
 */
public final class StartupProbe {

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
			IWorkbench workbench, Display display) {
		String report = System.getProperty("fulcrum.startup.report");
		if (report == null) {
			return;
		}
		display.asyncExec(() -> {
			long firstWindow = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			write(report, "first-window-ms " + firstWindow);
			String open = System.getProperty("fulcrum.startup.open");
			EPartService parts = application.getChildren().get(0).getContext().get(EPartService.class);
			if (open != null && parts.findPart(OpenHandler.NAVIGATOR).getObject() instanceof NavigatorPart navigator) {
				long started = System.nanoTime();
				navigator.openInBackground(Path.of(open)).whenComplete((session, failure) -> display.asyncExec(() -> {
					write(report, String.format(Locale.ROOT, "open-in-navigator-ms %d %s", (System.nanoTime() - started) / 1_000_000,
							failure == null ? session.engagement().getPeople().size() + " people" : "failed: " + failure.getMessage()));
					exit(workbench);
				}));
			} else {
				exit(workbench);
			}
		});
	}

	private static void exit(IWorkbench workbench) {
		if (Boolean.getBoolean("fulcrum.startup.exit")) {
			workbench.close();
		}
	}

	private static void write(String report, String line) {
		try {
			Files.writeString(Path.of(report), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			System.err.println("fulcrum: cannot write " + report + ": " + e.getMessage());
		}
	}
}

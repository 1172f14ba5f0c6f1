package org.fulcrum.ui.internal.server;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.session.Session;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * While an engagement that was published to a server is open, pulls its submitted sheets every
 * few minutes ({@value #INTERVAL_PROPERTY} seconds, 300 by default, 0 for never; docs/workbench.md).
 * A timed pull never asks anything: what it did, or why it could not, goes to the status line.
 */
public final class PullSchedule {

	/** The system property with the interval in seconds (e.g. {@code -Dfulcrum.pullSeconds=60} in fulcrum.ini or the launcher). */
	public static final String INTERVAL_PROPERTY = "fulcrum.pullSeconds";
	/** The event topic of the one-line notices the status line shows. */
	public static final String NOTICE_TOPIC = "org/fulcrum/ui/notice";

	private static final int DEFAULT_SECONDS = 300;

	private final EngagementWorkspace workspace;
	private final IEventBroker events;
	private final Map<EngagementSession, Job> jobs = new HashMap<>();
	private final Runnable listener = this::follow;
	private Display display;

	@Inject
	public PullSchedule(EngagementWorkspace workspace, IEventBroker events) {
		this.workspace = workspace;
		this.events = events;
	}

	@PostConstruct
	void start() {
		display = Display.getCurrent();
		workspace.addListener(listener);
		follow();
	}

	@PreDestroy
	void stop() {
		workspace.removeListener(listener);
		synchronized (jobs) {
			jobs.values().forEach(Job::cancel);
			jobs.clear();
		}
	}

	/** Keeps one timer job per open session. */
	private void follow() {
		Set<EngagementSession> open = new HashSet<>(workspace.sessions());
		synchronized (jobs) {
			jobs.entrySet().removeIf(entry -> {
				boolean closed = !open.contains(entry.getKey());
				if (closed) {
					entry.getValue().cancel();
				}
				return closed;
			});
			for (EngagementSession session : open) {
				jobs.computeIfAbsent(session, s -> timerFor((Session) s));
			}
		}
	}

	private Job timerFor(Session session) {
		Job timer = new Job("Pull timer for " + session.file().getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled() || !session.isOpen()) {
					return Status.CANCEL_STATUS;
				}
				pullIfPublished(session);
				schedule(interval());
				return Status.OK_STATUS;
			}
		};
		timer.setSystem(true);
		timer.schedule(interval());
		return timer;
	}

	private void pullIfPublished(Session session) {
		if (seconds() <= 0) {
			return;
		}
		Optional<ServerConnection> connection;
		try {
			connection = ServerConnection.remembered(session.file());
		} catch (IOException e) {
			notice("Could not read where " + session.file().getFileName() + " was published: " + e.getMessage());
			return;
		}
		if (connection.isEmpty() || display == null || display.isDisposed()) {
			return; // not published from here, or no key for its server: nothing to pull
		}
		SheetPuller.Outcome outcome = SheetPuller.pull(session, connection.get(), display).join();
		if (outcome.added() > 0 || !outcome.succeeded()) {
			notice(outcome.summary(session.file().getFileName().toString(), connection.get().server()));
		}
	}

	private void notice(String text) {
		events.post(NOTICE_TOPIC, text);
	}

	private static int seconds() {
		return Integer.getInteger(INTERVAL_PROPERTY, DEFAULT_SECONDS);
	}

	/** Milliseconds until the next look; with pulling turned off the timer still looks now and then, in case it is turned on. */
	private static long interval() {
		int seconds = seconds();
		return (seconds <= 0 ? DEFAULT_SECONDS : seconds) * 1000L;
	}
}

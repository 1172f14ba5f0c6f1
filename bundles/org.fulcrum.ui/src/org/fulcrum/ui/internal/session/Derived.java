package org.fulcrum.ui.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fulcrum.model.Engagement;
import org.fulcrum.ui.EngagementSession;

/**
 * Something computed from a whole engagement (its validation problems, its scores) in a
 * background job after the model changed, and kept until it changes again. One job at a time:
 * requests made while it runs wait for its result. The computation only reads the model; an
 * edit made while it runs makes it compute again.
 */
public final class Derived<T> {

	private static final int ATTEMPTS = 5;

	private final EngagementSession session;
	private final Function<Engagement, T> computation;
	private final Job job;
	private final List<Consumer<T>> waiting = new ArrayList<>();
	private volatile long revision;
	private long computedRevision = -1;
	private T value;
	private boolean scheduled;

	Derived(EngagementSession session, String task, Function<Engagement, T> computation) {
		this.session = session;
		this.computation = computation;
		this.job = Job.create(task + " " + session.file().getFileName(), this::compute);
		session.addListener(() -> revision++);
	}

	/** Hands the value to {@code consumer}: at once when up to date, else from the background job once computed. */
	public void withValue(Consumer<T> consumer) {
		T current;
		synchronized (this) {
			if (computedRevision != revision) {
				waiting.add(consumer);
				if (!scheduled) {
					scheduled = true;
					job.schedule();
				}
				return;
			}
			current = value;
		}
		consumer.accept(current);
	}

	/** Computes now, on the calling thread. */
	public T now() {
		long started = revision;
		T computed = computation.apply(session.engagement());
		synchronized (this) {
			value = computed;
			computedRevision = started;
		}
		return computed;
	}

	private IStatus compute(IProgressMonitor monitor) {
		for (int attempt = 0; attempt < ATTEMPTS && !monitor.isCanceled(); attempt++) {
			long started = revision;
			T computed;
			try {
				computed = computation.apply(session.engagement());
			} catch (RuntimeException e) {
				continue; // the model changed under the computation
			}
			List<Consumer<T>> told;
			synchronized (this) {
				if (started != revision) {
					continue;
				}
				value = computed;
				computedRevision = started;
				told = new ArrayList<>(waiting);
				waiting.clear();
				scheduled = false;
			}
			told.forEach(c -> c.accept(computed));
			return Status.OK_STATUS;
		}
		synchronized (this) {
			scheduled = false;
		}
		return Status.CANCEL_STATUS;
	}
}

package org.fulcrum.ui.internal.session;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fulcrum.model.Engagement;
import org.fulcrum.ui.EngagementSession;

/**
 * Something computed from a whole engagement (its validation problems, its scores), computed in
 * a background job after the model changed and kept until it changes again. The computation
 * only reads the model; an edit made while it runs makes it start over.
 */
public final class Derived<T> {

	private final EngagementSession session;
	private final String task;
	private final Function<Engagement, T> computation;
	private volatile long revision;
	private volatile long computedRevision = -1;
	private volatile T value;

	Derived(EngagementSession session, String task, Function<Engagement, T> computation) {
		this.session = session;
		this.task = task;
		this.computation = computation;
		session.addListener(() -> revision++);
	}

	/** Hands the value to {@code consumer}: at once when up to date, else from a background job once computed. */
	public void withValue(Consumer<T> consumer) {
		if (computedRevision == revision) {
			consumer.accept(value);
			return;
		}
		Job job = Job.create(task + " " + session.file().getFileName(), (IProgressMonitor monitor) -> {
			for (int attempt = 0; attempt < 3; attempt++) {
				long started = revision;
				try {
					T computed = computation.apply(session.engagement());
					if (started == revision) {
						value = computed;
						computedRevision = started;
						consumer.accept(computed);
						return Status.OK_STATUS;
					}
				} catch (RuntimeException e) {
					// the model changed under the computation: try again
				}
			}
			return Status.CANCEL_STATUS;
		});
		job.schedule();
	}

	/** Computes now, on the calling thread. */
	public T now() {
		long started = revision;
		value = computation.apply(session.engagement());
		computedRevision = started;
		return value;
	}
}

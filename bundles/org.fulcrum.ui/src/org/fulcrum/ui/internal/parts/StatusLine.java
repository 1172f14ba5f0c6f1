package org.fulcrum.ui.internal.parts;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.server.PullSchedule;

/**
 * The status line in the window's bottom trim: what runs in the background (opening, validating,
 * scoring) with a busy bar, else the last notice of unattended work such as a timed pull.
 */
public final class StatusLine {

	private final Set<Job> running = ConcurrentHashMap.newKeySet();
	private final IJobChangeListener jobs = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			running.add(event.getJob());
			show();
		}

		@Override
		public void done(IJobChangeEvent event) {
			running.remove(event.getJob());
			show();
		}
	};
	private Label text;
	private ProgressBar busy;
	private volatile String notice = "";

	@PostConstruct
	void create(Composite parent) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 2;
		line.setLayout(layout);
		text = new Label(line, SWT.NONE);
		text.setLayoutData(new GridData(560, SWT.DEFAULT));
		busy = new ProgressBar(line, SWT.INDETERMINATE | SWT.HORIZONTAL);
		busy.setLayoutData(new GridData(140, 12));
		busy.setVisible(false);
		Job.getJobManager().addJobChangeListener(jobs);
	}

	/** The last notice of background work nobody waits for (a timed pull), shown while nothing runs. */
	@Inject
	@Optional
	void notice(@UIEventTopic(PullSchedule.NOTICE_TOPIC) String line) {
		notice = line == null ? "" : line;
		if (text != null) {
			show();
		}
	}

	@PreDestroy
	void dispose() {
		Job.getJobManager().removeJobChangeListener(jobs);
	}

	private void show() {
		UiThread.async(text, () -> {
			Job first = running.stream().findFirst().orElse(null);
			text.setText(first == null ? notice : first.getName() + (running.size() > 1 ? " (+" + (running.size() - 1) + ")" : ""));
			busy.setVisible(first != null);
		});
	}
}

package org.fulcrum.ui.internal.plugins;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.swt.widgets.Display;

/**
 * A job's progress shown in a dialog's {@link ProgressMonitorPart}: the job reports from its own
 * thread, the part is updated on the display's; cancelling is the job's.
 */
final class UiProgress implements IProgressMonitor {

	private final IProgressMonitor job;
	private final ProgressMonitorPart part;
	private final Display display;

	UiProgress(IProgressMonitor job, ProgressMonitorPart part) {
		this.job = job;
		this.part = part;
		this.display = part.getDisplay();
	}

	private void show(Runnable update) {
		display.asyncExec(() -> {
			if (!part.isDisposed()) {
				update.run();
			}
		});
	}

	@Override
	public void beginTask(String name, int totalWork) {
		job.beginTask(name, totalWork);
		show(() -> part.beginTask(name, totalWork));
	}

	@Override
	public void done() {
		job.done();
		show(part::done);
	}

	@Override
	public void internalWorked(double work) {
		job.internalWorked(work);
		show(() -> part.internalWorked(work));
	}

	@Override
	public boolean isCanceled() {
		return job.isCanceled();
	}

	@Override
	public void setCanceled(boolean value) {
		job.setCanceled(value);
	}

	@Override
	public void setTaskName(String name) {
		job.setTaskName(name);
		show(() -> part.setTaskName(name));
	}

	@Override
	public void subTask(String name) {
		job.subTask(name);
		show(() -> part.subTask(name));
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}
}

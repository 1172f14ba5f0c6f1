package org.fulcrum.ui.internal.plugins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.plugins.PluginException;
import org.fulcrum.plugins.PluginFeature;
import org.fulcrum.plugins.UserPlugins;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Instruments view's plugin dialogs share: a table of features (name, version, id) to
 * check, p2's operations run as a background {@link Job} with their progress shown in the dialog
 * and Cancel stopping them, and an error shown in the dialog's message area, naming what went
 * wrong. A change is applied to the running Fulcrum before {@code changed} is told.
 */
public abstract class PluginsDialog extends TitleAreaDialog {

	/** One of p2's operations on the user's plugins, run by the job. */
	interface Operation<T> {
		T run(UserPlugins plugins, IProgressMonitor monitor) throws PluginException;
	}

	/** Installs or removes one feature. */
	interface Change {
		PluginFeature apply(UserPlugins plugins, PluginFeature feature, IProgressMonitor monitor) throws PluginException;
	}

	private final Consumer<String> changed;
	private CheckboxTableViewer features;
	private ProgressMonitorPart progress;
	private Job running;
	private String error;

	PluginsDialog(Shell parent, Consumer<String> changed) {
		super(parent);
		this.changed = changed;
		setBlockOnOpen(false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The features table, below what {@link #createTop} puts above it. */
	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		createTop(body);
		features = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
		features.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 160).applyTo(features.getControl());
		column("Feature", 260, PluginFeature::name);
		column("Version", 130, PluginFeature::version);
		column("Id", 220, PluginFeature::id);
		features.setContentProvider(ArrayContentProvider.getInstance());
		features.addCheckStateListener(event -> updateButtons());
		progress = new ProgressMonitorPart(body, null, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		progress.setVisible(false);
		return area;
	}

	private void column(String title, int width, java.util.function.Function<PluginFeature, String> text) {
		TableViewerColumn column = new TableViewerColumn(features, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((PluginFeature) element)));
	}

	/** What goes above the features table (e.g. the site's location). */
	abstract void createTop(Composite parent);

	/** The features listed, all checked when there is one. */
	final void showFeatures(List<PluginFeature> shown) {
		features.setInput(shown);
		if (shown.size() == 1) {
			features.setAllChecked(true);
		}
		updateButtons();
	}

	/** The features checked. */
	public final List<PluginFeature> checked() {
		return Arrays.stream(features.getCheckedElements()).map(PluginFeature.class::cast).toList();
	}

	public final CheckboxTableViewer features() {
		return features;
	}

	/** Whether an operation is running. */
	public final boolean busy() {
		return running != null;
	}

	/**
	 * Runs {@code operation} as a job with its progress in the dialog, the dialog's controls off
	 * meanwhile; on success {@code done} gets its result on the display's thread, on failure the
	 * error is shown.
	 */
	final <T> void run(String title, Operation<T> operation, Consumer<T> done) {
		setErrorMessage(null);
		setControlsEnabled(false);
		progress.setVisible(true);
		Job job = Job.create(title, (IProgressMonitor monitor) -> {
			UiProgress shown = new UiProgress(monitor, progress);
			shown.beginTask(title, IProgressMonitor.UNKNOWN);
			T result = null;
			String error = null;
			try (UserPlugins plugins = UserPlugins.open(FrameworkUtil.getBundle(PluginsDialog.class).getBundleContext())) {
				result = operation.run(plugins, shown);
			} catch (PluginException e) {
				error = e.getMessage();
			} catch (RuntimeException e) {
				error = e.getMessage() == null ? e.toString() : e.getMessage();
			} finally {
				shown.done();
			}
			T value = result;
			String failure = error;
			progress.getDisplay().asyncExec(() -> finished(value, failure, done));
			return Status.OK_STATUS; // the dialog shows the error; nothing for a log
		});
		running = job;
		updateButtons();
		job.schedule();
	}

	/**
	 * Applies {@code change} to each checked feature, {@code doing} ("Installing") naming the step,
	 * then loads the result into the running Fulcrum; {@code done} gets the features changed.
	 */
	final void changeChecked(String title, String doing, Change change, Consumer<List<PluginFeature>> done) {
		List<PluginFeature> chosen = checked();
		run(title, (plugins, monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, chosen.size() + 1);
			List<PluginFeature> changed = new ArrayList<>();
			for (PluginFeature feature : chosen) {
				progress.subTask(doing + " " + feature.name());
				changed.add(change.apply(plugins, feature, progress.split(1)));
			}
			progress.subTask("Loading the change into this Fulcrum");
			plugins.applyNow();
			return changed;
		}, done);
	}

	private <T> void finished(T result, String error, Consumer<T> done) {
		running = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		progress.setVisible(false);
		setControlsEnabled(true);
		if (error != null) {
			setErrorMessage(error);
		} else {
			done.accept(result);
		}
		updateButtons();
	}

	/** Tells the view what changed and closes. */
	final void changed(String what) {
		changed.accept(what);
		close();
	}

	/** Enables or disables the dialog's own controls while a job runs. */
	void setControlsEnabled(boolean enabled) {
		features.getControl().setEnabled(enabled);
	}

	/** The OK button's label: Install, Remove. */
	abstract String action();

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, action(), true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The OK button (Install, Remove) is on when something is checked and nothing runs. */
	void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(running == null && !checked().isEmpty());
		}
	}

	@Override
	public void setErrorMessage(String message) {
		error = message;
		super.setErrorMessage(message);
	}

	/** The error shown, or null. */
	public final String error() {
		return error;
	}

	public final Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	@Override
	protected void cancelPressed() {
		if (running != null) {
			running.cancel(); // p2 stops at its next check; the job then reports "cancelled"
			return;
		}
		super.cancelPressed();
	}

	@Override
	public boolean close() {
		if (running != null) {
			running.cancel();
		}
		return super.close();
	}
}

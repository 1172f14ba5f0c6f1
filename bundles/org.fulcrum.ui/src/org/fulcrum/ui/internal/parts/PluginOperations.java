package org.fulcrum.ui.internal.parts;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.plugins.InstalledFeature;
import org.fulcrum.plugins.PluginException;
import org.fulcrum.plugins.UserPlugins;
import org.osgi.framework.FrameworkUtil;

/**
 * The Instruments view's "Install plugins…" and "Remove plugins…": the operations of
 * {@code fulcrum plugins install} and {@code remove} (p2, into the user's profile), with a
 * progress dialog; the plugins run from the next start.
 */
final class PluginOperations {

	private interface Operation<T> {
		T run(UserPlugins plugins, IProgressMonitor monitor) throws PluginException;
	}

	private final Shell shell;

	PluginOperations(Shell shell) {
		this.shell = shell;
	}

	void install() {
		DirectoryDialog chooser = new DirectoryDialog(shell);
		chooser.setText("Install plugins");
		chooser.setMessage("Choose the update site: the folder of a p2 repository (it holds content.jar or content.xml.xz).");
		String folder = chooser.open();
		if (folder == null) {
			return;
		}
		URI site = UserPlugins.site(Path.of(folder));
		List<String> features = perform("Reading the update site", (plugins, monitor) -> plugins.featuresOn(site, monitor));
		if (features == null) {
			return;
		}
		if (features.isEmpty()) {
			MessageDialog.openInformation(shell, "Install plugins", "The update site " + folder + " offers no features.");
			return;
		}
		String feature = choose("Install plugins", "The update site offers: " + String.join(", ", features) + ".\nFeature to install:",
				features.get(0));
		if (feature == null) {
			return;
		}
		InstalledFeature installed = perform("Installing " + feature, (plugins, monitor) -> plugins.install(site, feature, monitor));
		if (installed != null) {
			MessageDialog.openInformation(shell, "Install plugins", "Installed " + installed.name() + " " + installed.version()
					+ ".\nRestart Fulcrum to use it.");
		}
	}

	void remove() {
		List<InstalledFeature> installed = perform("Reading the installed plugins", (plugins, monitor) -> plugins.list());
		if (installed == null) {
			return;
		}
		if (installed.isEmpty()) {
			MessageDialog.openInformation(shell, "Remove plugins", "No plugins were installed from update sites.");
			return;
		}
		List<String> ids = installed.stream().map(InstalledFeature::id).toList();
		String feature = choose("Remove plugins", "Installed: " + String.join(", ", ids) + ".\nFeature to remove:", ids.get(0));
		if (feature == null) {
			return;
		}
		InstalledFeature removed = perform("Removing " + feature, (plugins, monitor) -> plugins.remove(feature, monitor));
		if (removed != null) {
			MessageDialog.openInformation(shell, "Remove plugins", "Removed " + removed.name() + ".\nRestart Fulcrum to stop using it.");
		}
	}

	private String choose(String title, String message, String initial) {
		InputDialog dialog = new InputDialog(shell, title, message, initial, text -> text.isBlank() ? "Name a feature" : null);
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}

	/** Runs {@code operation} with a progress dialog; null after an error, which it shows. */
	private <T> T perform(String title, Operation<T> operation) {
		Object[] result = new Object[1];
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(title, IProgressMonitor.UNKNOWN);
				try (UserPlugins plugins = UserPlugins.open(FrameworkUtil.getBundle(PluginOperations.class).getBundleContext())) {
					result[0] = operation.run(plugins, monitor);
				} catch (PluginException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(shell, title, cause.getMessage() == null ? cause.toString() : cause.getMessage());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}
}

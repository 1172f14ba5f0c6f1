package org.fulcrum.ui.internal.plugins;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.plugins.PluginFeature;
import org.fulcrum.ui.internal.Prompts;

/**
 * "Remove plugins": the features the user installed from update sites; Remove takes the checked
 * ones out of the user's p2 profile and the running Fulcrum, after the user confirmed it (like
 * {@code fulcrum plugins remove}).
 */
public final class RemovePluginsDialog extends PluginsDialog {

	private final Prompts prompts;

	public RemovePluginsDialog(Shell parent, Prompts prompts, Consumer<String> changed) {
		super(parent, changed);
		this.prompts = prompts;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Remove plugins");
	}

	@Override
	void createTop(Composite parent) {
		setTitle("Remove plugins installed from update sites");
		setMessage("Reading the installed plugins…");
	}

	@Override
	public void create() {
		super.create();
		run("Reading the installed plugins", (plugins, monitor) -> plugins.list(), installed -> {
			showFeatures(installed);
			setMessage(installed.isEmpty() ? "No plugins were installed from update sites (plugins in the dropins folder are removed by deleting their jar)."
					: "Check the plugins to remove.");
		});
	}

	@Override
	String action() {
		return "Remove";
	}

	@Override
	protected void okPressed() {
		List<PluginFeature> chosen = checked();
		if (chosen.isEmpty()) {
			return;
		}
		String names = String.join(", ", chosen.stream().map(PluginFeature::name).toList());
		if (!prompts.confirm("Remove plugins", "Remove " + names + "? Its instruments are no longer available; engagements that use them "
				+ "cannot be scored or reported until it is installed again.")) {
			return;
		}
		changeChecked("Removing plugins", "Removing", (plugins, feature, monitor) -> plugins.remove(feature.id(), monitor),
				removed -> changed("Removed " + String.join(", ", removed.stream().map(PluginFeature::name).toList()) + "."));
	}
}

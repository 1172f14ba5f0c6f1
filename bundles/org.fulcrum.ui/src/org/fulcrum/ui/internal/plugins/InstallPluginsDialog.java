package org.fulcrum.ui.internal.plugins;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.plugins.PluginException;
import org.fulcrum.plugins.UserPlugins;

/**
 * "Install plugins": the update site's location (a folder, a zip file or an http(s) URL, typed or
 * chosen), its features as p2's metadata names them, and Install, which installs the checked ones
 * with p2 into the user's profile and loads them into the running Fulcrum (like
 * {@code fulcrum plugins install}).
 */
public final class InstallPluginsDialog extends PluginsDialog {

	private Text location;
	private Button read;
	private Button folder;
	private Button zip;
	private URI site;

	public InstallPluginsDialog(Shell parent, Consumer<String> changed) {
		super(parent, changed);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Install plugins");
	}

	@Override
	void createTop(Composite parent) {
		setTitle("Install plugins from an update site");
		setMessage("Give the update site (a folder, a zip file or an http(s) URL) and read it; then check the features to install.");
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(new GridLayout(5, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText("Update site:");
		location = new Text(row, SWT.BORDER | SWT.SINGLE);
		location.setMessage("/path/to/site, site.zip or https://example.com/site");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(location);
		location.addListener(SWT.DefaultSelection, event -> readSite());
		location.addListener(SWT.Modify, event -> {
			site = null; // the features listed are no longer the site's
			showFeatures(List.of());
			read.setEnabled(!location.getText().isBlank());
		});
		folder = button(row, "Folder…", () -> {
			DirectoryDialog chooser = new DirectoryDialog(getShell());
			chooser.setMessage("The folder of a p2 repository (it holds content.jar or content.xml.xz)");
			choose(chooser.open());
		});
		zip = button(row, "Zip file…", () -> {
			FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
			chooser.setFilterExtensions(new String[] { "*.zip" });
			choose(chooser.open());
		});
		read = button(row, "Read site", this::readSite);
		read.setEnabled(false);
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void choose(String chosen) {
		if (chosen != null) {
			location.setText(chosen);
			readSite();
		}
	}

	/** Reads the site in the location field and lists its features. */
	public void readSite() {
		URI given;
		try {
			given = UserPlugins.site(location.getText());
		} catch (PluginException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		run("Reading " + UserPlugins.describe(given), (plugins, monitor) -> plugins.featuresOn(given, monitor), features -> {
			site = given;
			showFeatures(features);
			if (features.isEmpty()) {
				setErrorMessage("The update site " + UserPlugins.describe(given) + " offers no features.");
			} else {
				setMessage("The update site offers " + features.size() + (features.size() == 1 ? " feature" : " features")
						+ ". Check those to install.");
			}
		});
	}

	@Override
	String action() {
		return "Install";
	}

	@Override
	protected void okPressed() {
		URI from = site;
		if (checked().isEmpty() || from == null) {
			return;
		}
		changeChecked("Installing plugins", "Installing", (plugins, feature, monitor) -> plugins.install(from, feature.id(), monitor),
				installed -> changed("Installed " + String.join(", ", installed.stream().map(f -> f.name() + " " + f.version()).toList())
						+ " from " + UserPlugins.describe(from) + "."));
	}

	@Override
	void setControlsEnabled(boolean enabled) {
		super.setControlsEnabled(enabled);
		for (var control : new org.eclipse.swt.widgets.Control[] { location, folder, zip }) {
			control.setEnabled(enabled);
		}
		read.setEnabled(enabled && !location.getText().isBlank());
	}

	public Text location() {
		return location;
	}

	public Button readButton() {
		return read;
	}
}

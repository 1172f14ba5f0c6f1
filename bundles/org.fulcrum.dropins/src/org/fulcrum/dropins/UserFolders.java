package org.fulcrum.dropins;

import java.net.URI;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** Where a user's Fulcrum keeps what it installs: outside the (maybe read-only) install folder. */
public final class UserFolders {

	private UserFolders() {
	}

	/** {@code fulcrum.data} (set by {@code bin/fulcrum}), else {@code $XDG_DATA_HOME/fulcrum} or {@code ~/.local/share/fulcrum}. */
	public static Path dataFolder(BundleContext context) {
		String explicit = context.getProperty("fulcrum.data");
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String xdg = System.getenv("XDG_DATA_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
		return base.resolve("fulcrum");
	}

	/** The install folder of the user's p2 profile (bundle pool and configuration): {@code DATA/p2/fulcrum}. */
	public static Path installFolder(Path dataFolder) {
		return dataFolder.resolve("p2").resolve("fulcrum");
	}

	/** The list of bundles p2 installed for the user, in simpleconfigurator's format. */
	public static Path installedBundles(Path dataFolder) {
		return installFolder(dataFolder).resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
	}

	/** The folder Fulcrum was unpacked into ({@code osgi.install.area}). */
	public static Path productInstallArea(BundleContext context) {
		String area = context.getProperty("osgi.install.area");
		if (area == null) {
			return Path.of(".");
		}
		return Path.of(URI.create(area.replace(" ", "%20")));
	}
}

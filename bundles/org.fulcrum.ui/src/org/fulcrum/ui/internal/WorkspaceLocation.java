package org.fulcrum.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Which folder the workbench opens: the system property {@code fulcrum.workspace} (set by
 * {@code ./fulcrum ui DIR}), else the folder used last, else the current directory.
 */
public final class WorkspaceLocation {

	/** The system property {@code ./fulcrum ui} passes the folder in. */
	public static final String PROPERTY = "fulcrum.workspace";
	private static final String KEY = "workspace";

	private WorkspaceLocation() {
	}

	public static Path initial() {
		String given = System.getProperty(PROPERTY);
		if (given != null && !given.isBlank()) {
			return Path.of(given).toAbsolutePath().normalize();
		}
		String last = preferences().get(KEY, null);
		return Path.of(last != null ? last : System.getProperty("user.dir")).toAbsolutePath().normalize();
	}

	public static void remember(Path folder) {
		Preferences preferences = preferences();
		preferences.put(KEY, folder.toString());
		try {
			preferences.flush();
		} catch (BackingStoreException | IllegalStateException e) {
			// no instance area to keep preferences in: the folder is simply not remembered
		}
	}

	private static Preferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.fulcrum.ui");
	}
}

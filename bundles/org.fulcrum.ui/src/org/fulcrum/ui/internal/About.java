package org.fulcrum.ui.internal;

import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.ui.EngagementWorkspace;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What the About dialog says. */
public final class About {

	private About() {
	}

	/** The version of the running Fulcrum workbench bundle, e.g. {@code 0.1.0.202611250130}. */
	public static String version() {
		Bundle bundle = FrameworkUtil.getBundle(About.class);
		return bundle == null ? "development" : bundle.getVersion().toString();
	}

	public static String text(InstrumentCatalog catalog, EngagementWorkspace workspace) {
		Bundle platform = Platform.getBundle("org.eclipse.e4.ui.workbench");
		return "Fulcrum " + version() + "\n"
				+ "An assessment and coaching workbench for partner managers.\n\n"
				+ "Workspace: " + workspace.folder() + "\n"
				+ "Instruments: " + catalog.all().stream().map(i -> i.name() + " " + i.version()).collect(Collectors.joining(", ")) + "\n"
				+ "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
				+ "Eclipse e4 workbench " + (platform == null ? "?" : platform.getVersion()) + "\n\n"
				+ "Eclipse Public License 2.0";
	}
}

package org.fulcrum.server.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** A bundle's version from its manifest, found through a class's loader: inside Equinox and on a plain class path alike. */
final class BundleVersion {

	private BundleVersion() {
	}

	/** The {@code Bundle-Version} of {@code symbolicName}, or {@code "unknown"} where no manifest names it. */
	static String of(Class<?> type, String symbolicName) {
		try {
			Enumeration<URL> manifests = type.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					Attributes main = new Manifest(in).getMainAttributes();
					String name = main.getValue("Bundle-SymbolicName");
					if (name != null && name.split(";")[0].strip().equals(symbolicName) && main.getValue("Bundle-Version") != null) {
						return main.getValue("Bundle-Version");
					}
				}
			}
		} catch (IOException e) {
			// no version to tell
		}
		return "unknown";
	}
}

package org.fulcrum.dropins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the plugins (jars) in the product's {@code dropins/} folder at start-up, before any
 * application runs, and removes those whose jar was taken out: a third party's instrument
 * works by copying its jar there, without rebuilding or reconfiguring Fulcrum. The p2 dropins
 * reconciler does this in a full Eclipse; Fulcrum's product carries no p2, so this is its own
 * small version (docs/extending.md).
 */
public final class DropinsActivator implements BundleActivator {

	static final String LOCATION_PREFIX = "reference:";

	@Override
	public void start(BundleContext context) throws Exception {
		Path dropins = dropinsFolder(context);
		if (dropins != null) {
			reconcile(context, dropins);
		}
	}

	/**
	 * Installs the jars of {@code dropins} not yet installed, uninstalls those whose jar is gone,
	 * and resolves; a jar that cannot be installed is recorded for {@link org.fulcrum.dropins.PluginProblems}.
	 */
	public static void reconcile(BundleContext context, Path dropins) throws IOException, BundleException {
		DropinRecords.forget(dropins.toUri().toString());
		List<String> present = new ArrayList<>();
		if (Files.isDirectory(dropins)) {
			try (Stream<Path> jars = Files.list(dropins)) {
				jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
						.forEach(jar -> present.add(LOCATION_PREFIX + jar.toUri()));
			}
		}
		List<Bundle> installed = new ArrayList<>();
		for (String location : present) {
			DropinRecords.installed(location);
			if (context.getBundle(location) == null) {
				install(context, location, installed);
			}
		}
		for (Bundle bundle : context.getBundles()) {
			String location = bundle.getLocation();
			if (location.startsWith(LOCATION_PREFIX) && location.contains(dropins.toUri().toString()) && !present.contains(location)) {
				bundle.uninstall();
			}
		}
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
	}

	private static void install(BundleContext context, String location, List<Bundle> installed) {
		try {
			installed.add(context.installBundle(location));
		} catch (BundleException | RuntimeException e) {
			// Named by `fulcrum instruments` and the Instruments view, not on every command's stderr.
			String reason = e.getMessage();
			if (e.getCause() != null && e.getCause().getMessage() != null) {
				reason += " (" + e.getCause().getMessage() + ")"; // e.g. "zip END header not found"
			}
			DropinRecords.refused(location, location.substring(LOCATION_PREFIX.length()), reason);
		}
	}

	/** {@code <install area>/dropins}, or the folder named by {@code fulcrum.dropins}. */
	private static Path dropinsFolder(BundleContext context) throws IOException {
		String explicit = context.getProperty("fulcrum.dropins");
		if (explicit != null) {
			return Path.of(explicit);
		}
		String installArea = context.getProperty("osgi.install.area");
		if (installArea == null) {
			return null;
		}
		try {
			return Path.of(URI.create(installArea.replace(" ", "%20"))).resolve("dropins");
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public void stop(BundleContext context) {
		// Installed dropins stay installed; the next start reconciles them with the folder.
	}
}

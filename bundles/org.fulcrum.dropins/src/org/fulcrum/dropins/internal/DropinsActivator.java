package org.fulcrum.dropins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fulcrum.dropins.UserFolders;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the plugins (jars) in the product's {@code dropins/} folder at start-up, before any
 * application runs, and removes those whose jar was taken out: a third party's instrument
 * works by copying its jar there, without rebuilding or reconfiguring Fulcrum. The p2 dropins
 * reconciler does this in a full Eclipse; Fulcrum starts no p2 at start-up, so this is its own
 * small version (docs/extending.md). It also installs the bundles that {@code fulcrum plugins install}
 * put into the user's p2 profile, from the {@code bundles.info} p2 wrote for it (docs/install.md).
 */
public final class DropinsActivator implements BundleActivator {

	static final String LOCATION_PREFIX = "reference:";

	@Override
	public void start(BundleContext context) throws Exception {
		Path dropins = dropinsFolder(context);
		if (dropins != null) {
			reconcile(context, dropins);
		}
		reconcileUserBundles(context);
	}

	/** Installs the bundles of the user's p2 profile ({@code bundles.info}) not yet installed, uninstalls those no longer in it. */
	public static List<Bundle> reconcileUserBundles(BundleContext context) throws IOException, BundleException {
		Path data = UserFolders.dataFolder(context);
		Path folder = UserFolders.installFolder(data);
		return reconcile(context, folder, InstalledBundles.read(UserFolders.installedBundles(data), folder));
	}

	/**
	 * Installs the jars of {@code dropins} not yet installed, uninstalls those whose jar is gone,
	 * and resolves; a jar that cannot be installed is recorded for {@link org.fulcrum.dropins.PluginProblems}.
	 */
	public static List<Bundle> reconcile(BundleContext context, Path dropins) throws IOException, BundleException {
		List<Path> present = new ArrayList<>();
		if (Files.isDirectory(dropins)) {
			try (Stream<Path> jars = Files.list(dropins)) {
				jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(present::add);
			}
		}
		return reconcile(context, dropins, present);
	}

	/**
	 * Installs the {@code bundles} (jars or folders) under {@code folder} not yet installed, uninstalls
	 * the bundles from {@code folder} no longer among them, and resolves: the dropins folder, and the
	 * bundles p2 installed for the user ({@code bundles.info} of the user's p2 profile). Returns the
	 * bundles it uninstalled: a running framework still wires them until they are refreshed.
	 */
	public static List<Bundle> reconcile(BundleContext context, Path folder, List<Path> bundles) throws BundleException {
		String folderUri = folder.toUri().toString();
		DropinRecords.forget(folderUri);
		List<String> present = new ArrayList<>();
		for (Path bundle : bundles) {
			present.add(LOCATION_PREFIX + bundle.toUri());
		}
		List<Bundle> installed = new ArrayList<>();
		for (String location : present) {
			DropinRecords.installed(location);
			if (context.getBundle(location) == null) {
				install(context, location, installed);
			}
		}
		List<Bundle> uninstalled = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			String location = bundle.getLocation();
			if (location.startsWith(LOCATION_PREFIX) && location.contains(folderUri) && !present.contains(location)) {
				bundle.uninstall();
				uninstalled.add(bundle);
			}
		}
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
		return uninstalled;
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

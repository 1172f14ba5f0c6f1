package org.fulcrum.dropins;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fulcrum.dropins.internal.DropinsActivator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The bundles p2 installed for the user, applied to the running framework at once rather than at
 * the next start: the workbench shows a plugin's instruments right after installing it and stops
 * showing them right after removing it. The extension registry follows the bundles' resolution.
 */
public final class UserBundles {

	private static final long REFRESH_SECONDS = 60;

	private UserBundles() {
	}

	/**
	 * Installs and resolves the bundles the user's p2 profile gained, uninstalls those it lost and
	 * refreshes the framework so that nothing is wired to them any more; returns when that is done.
	 */
	public static void apply(BundleContext context) throws IOException, BundleException {
		List<Bundle> uninstalled = DropinsActivator.reconcileUserBundles(context);
		if (uninstalled.isEmpty()) {
			return;
		}
		CountDownLatch refreshed = new CountDownLatch(1);
		context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(uninstalled, event -> {
			if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
				refreshed.countDown();
			}
		});
		try {
			if (!refreshed.await(REFRESH_SECONDS, TimeUnit.SECONDS)) {
				throw new BundleException("the framework did not finish removing " + uninstalled + " within " + REFRESH_SECONDS
						+ " s; restart Fulcrum");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BundleException("interrupted while removing " + uninstalled);
		}
	}
}

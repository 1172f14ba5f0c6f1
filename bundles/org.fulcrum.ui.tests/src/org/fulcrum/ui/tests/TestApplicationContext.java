package org.fulcrum.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.fulcrum.ui.internal.LifeCycle;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What the workbench's product branding and command line give E4Application, for a workbench started by a test. */
final class TestApplicationContext implements IApplicationContext {

	private static final String[] ARGUMENTS = { "-applicationXMI", "org.fulcrum.ui/Application.e4xmi", "-lifeCycleURI",
			"bundleclass://org.fulcrum.ui/" + LifeCycle.class.getName(), "-clearPersistedState", "-persistState", "false" };

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(IApplicationContext.APPLICATION_ARGS, ARGUMENTS);
	}

	@Override
	public void applicationRunning() {
	}

	@Override
	public String getBrandingApplication() {
		return "org.eclipse.e4.ui.workbench.swt.E4Application";
	}

	@Override
	public String getBrandingName() {
		return "Fulcrum";
	}

	@Override
	public String getBrandingDescription() {
		return "Fulcrum workbench under test";
	}

	@Override
	public String getBrandingId() {
		return "org.fulcrum.ui.workbench";
	}

	@Override
	public String getBrandingProperty(String key) {
		return null;
	}

	@Override
	public Bundle getBrandingBundle() {
		return FrameworkUtil.getBundle(LifeCycle.class);
	}

	@Override
	public void setResult(Object result, IApplication application) {
	}
}

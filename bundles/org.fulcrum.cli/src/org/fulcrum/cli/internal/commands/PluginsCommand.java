package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.plugins.PluginFeature;
import org.fulcrum.plugins.PluginException;
import org.fulcrum.plugins.UserPlugins;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code fulcrum plugins list | install SITE FEATURE | remove FEATURE}: the plugins the user installed
 * from update sites, with p2 into the user's p2 profile; they run from the next start (docs/install.md).
 */
public final class PluginsCommand implements Command {

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String synopsis() {
		return "list | install SITE FEATURE | remove FEATURE";
	}

	@Override
	public String summary() {
		return "list, install (from an update site: a folder, zip or http(s) URL) or remove plugin features with p2";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of()).atMost(3);
		String verb = arguments.operand(0, "list, install or remove");
		try (UserPlugins plugins = UserPlugins.open(FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext())) {
			switch (verb) {
			case "list" -> {
				arguments.atMost(1);
				List<PluginFeature> features = plugins.list();
				if (features.isEmpty()) {
					console.out().println("no plugins installed from update sites (into " + plugins.installFolder() + ")");
				}
				for (PluginFeature feature : features) {
					console.out().printf("%s %s (%s)%n", feature.id(), feature.version(), feature.name());
				}
			}
			case "install" -> {
				URI site = UserPlugins.site(arguments.operand(1, "the update site SITE"));
				String feature = arguments.operand(2, "the FEATURE to install");
				console.err().println("installing " + feature + " from " + UserPlugins.describe(site) + " ...");
				PluginFeature installed = plugins.install(site, feature, new NullProgressMonitor());
				console.out().println("installed " + installed.id() + " " + installed.version() + " (" + installed.name()
						+ "); it is available from the next start of Fulcrum");
			}
			case "remove" -> {
				arguments.atMost(2);
				PluginFeature removed = plugins.remove(arguments.operand(1, "the FEATURE to remove"), new NullProgressMonitor());
				console.out().println("removed " + removed.id() + " " + removed.version());
			}
			default -> throw new UsageException(name() + ": unknown '" + verb + "'; use list, install SITE FEATURE or remove FEATURE");
			}
		} catch (PluginException e) {
			console.err().println("fulcrum: plugins: " + e.getMessage());
			return ExitCode.DATA;
		}
		return ExitCode.OK;
	}
}

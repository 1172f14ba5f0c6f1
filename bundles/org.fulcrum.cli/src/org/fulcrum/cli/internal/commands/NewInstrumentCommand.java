package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code fulcrum new-instrument DIR --id ID --name NAME [--bundle NAME] [--fulcrum DIR]}: writes the
 * project of a new instrument plugin that builds (Maven with Tycho, against this Fulcrum's plugins)
 * and installs as generated (docs/extending.md).
 */
public final class NewInstrumentCommand implements Command {

	@Override
	public String name() {
		return "new-instrument";
	}

	@Override
	public String synopsis() {
		return "DIR --id ID --name NAME [--bundle SYMBOLIC-NAME] [--fulcrum FULCRUM-DIR]";
	}

	@Override
	public String summary() {
		return "write the project of a new instrument plugin (build it with mvn verify; docs/extending.md)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("id", "name", "bundle", "fulcrum")).atMost(1);
		Path directory = Path.of(arguments.operand(0, "the project folder DIR"));
		String id = required(arguments, "id");
		String name = required(arguments, "name");
		String bundle = arguments.option("bundle", null);
		if (bundle == null && InstrumentProjectTemplate.isSymbolicName(directory.toAbsolutePath().normalize().getFileName().toString())) {
			bundle = directory.toAbsolutePath().normalize().getFileName().toString();
		}
		Path plugins = fulcrumPlugins(arguments.option("fulcrum", null));
		InstrumentProjectTemplate template;
		try {
			template = new InstrumentProjectTemplate(id, name, bundle, plugins);
		} catch (IllegalArgumentException e) {
			throw new UsageException(name() + ": " + e.getMessage());
		}
		if (Files.exists(directory) && !InstrumentProjectTemplate.isEmptyDirectory(directory)) {
			throw new UsageException(name() + ": " + directory + " exists and is not an empty folder");
		}
		template.writeTo(directory);
		console.out().println("wrote the plugin project " + template.bundle() + " for the instrument " + id + " into " + directory);
		console.out().println("build it:   cd " + directory + " && mvn verify");
		console.out().println("install it: copy " + directory.resolve(template.bundle() + "/target/" + template.bundle() + "-1.0.0-SNAPSHOT.jar")
				+ " into your dropins folder (docs/install.md)");
		console.out().println("   or from its update site: fulcrum plugins install " + directory.resolve(template.bundle() + ".site/target/repository")
				+ " " + template.bundle() + ".feature");
		return ExitCode.OK;
	}

	private String required(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option, "");
		if (value.isBlank()) {
			throw new UsageException(name() + ": --" + option + " is required");
		}
		return value;
	}

	/** The plugins folder of the Fulcrum to build against: the one given, else the one running. */
	private Path fulcrumPlugins(String given) throws UsageException {
		Path home;
		if (given != null) {
			home = Path.of(given);
		} else {
			String installArea = FrameworkUtil.getBundle(NewInstrumentCommand.class).getBundleContext().getProperty("osgi.install.area");
			if (installArea == null) {
				throw new UsageException(name() + ": this Fulcrum has no install folder; name one with --fulcrum DIR");
			}
			home = Path.of(URI.create(installArea.replace(" ", "%20")));
		}
		Path plugins = home.resolve("plugins");
		if (!Files.isDirectory(plugins)) {
			throw new UsageException(name() + ": " + home + " is not a Fulcrum installation (it has no plugins folder)");
		}
		return plugins.toAbsolutePath().normalize();
	}

}

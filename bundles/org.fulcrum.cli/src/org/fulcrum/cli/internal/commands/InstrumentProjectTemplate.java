package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project of a new instrument plugin (templates/instrument in this bundle): the plugin with its
 * instrument file, scorer and report section, a test fragment, a feature and an update site, built
 * by Maven with Tycho against the plugins of a Fulcrum installation. Writes all of it or nothing.
 */
final class InstrumentProjectTemplate {

	/** The Tycho that builds Fulcrum itself, so a machine that built Fulcrum builds the plugin offline. */
	static final String TYCHO_VERSION = "5.0.2";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
	private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");

	private final String id;
	private final String name;
	private final String bundle;
	private final Path fulcrumPlugins;

	/**
	 * @param bundle the plugin's symbolic name (also its Java package), or null for one made from the id
	 * @throws IllegalArgumentException naming what is wrong with an argument
	 */
	InstrumentProjectTemplate(String id, String name, String bundle, Path fulcrumPlugins) {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("--id '" + id + "' is not an instrument id: letters, digits, '.', '_' and '-', at most 64");
		}
		if (name.isBlank() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("--name must be one line of 1 to 100 characters");
		}
		this.id = id;
		this.name = name.strip();
		this.bundle = bundle == null ? "fulcrum.instrument." + identifier(id.toLowerCase(Locale.ROOT)) : bundle;
		if (!isSymbolicName(this.bundle)) {
			throw new IllegalArgumentException("--bundle '" + this.bundle + "' is not a plugin name of Java identifiers separated by dots, e.g. com.acme.fulcrum.sales");
		}
		this.fulcrumPlugins = fulcrumPlugins;
	}

	String bundle() {
		return bundle;
	}

	/** Writes the project into {@code directory}, which must not exist or be empty; nothing is left on failure. */
	void writeTo(Path directory) throws IOException {
		if (Files.exists(directory) && !isEmptyDirectory(directory)) {
			throw new IOException(directory + " exists and is not empty");
		}
		Path absolute = directory.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		Path draft = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
		try {
			for (Map.Entry<String, String> file : files().entrySet()) {
				Path target = draft.resolve(file.getValue());
				Files.createDirectories(target.getParent());
				Files.writeString(target, filled(template(file.getKey())), StandardCharsets.UTF_8);
			}
			Files.createDirectories(draft.resolve(".mvn")); // marks the project's root for fulcrum.target's path
			Files.writeString(draft.resolve(".mvn/maven.config"), "");
			Files.deleteIfExists(absolute);
			Files.move(draft, absolute, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			if (Files.exists(draft)) {
				delete(draft);
			}
		}
	}

	/** Template resource → path in the project. */
	private Map<String, String> files() {
		String sources = bundle.replace('.', '/');
		String prefix = className();
		Map<String, String> files = new LinkedHashMap<>();
		files.put("pom.xml", "pom.xml");
		files.put("fulcrum.target", "fulcrum.target");
		files.put("README.md", "README.md");
		files.put("gitignore", ".gitignore");
		for (String file : List.of("pom.xml", "META-INF/MANIFEST.MF", "build.properties", "plugin.xml")) {
			files.put("plugin/" + file, bundle + "/" + file);
		}
		files.put("plugin/instrument/instrument.xmi", bundle + "/instrument/" + id + ".xmi");
		files.put("plugin/Scorer.java.template", bundle + "/src/" + sources + "/" + prefix + "Scorer.java");
		files.put("plugin/Section.java.template", bundle + "/src/" + sources + "/" + prefix + "Section.java");
		for (String file : List.of("pom.xml", "META-INF/MANIFEST.MF", "build.properties")) {
			files.put("tests/" + file, bundle + ".tests/" + file);
		}
		files.put("tests/Test.java.template", bundle + ".tests/src/" + sources + "/" + prefix + "Test.java");
		for (String file : List.of("pom.xml", "feature.xml", "build.properties")) {
			files.put("feature/" + file, bundle + ".feature/" + file);
		}
		for (String file : List.of("pom.xml", "category.xml")) {
			files.put("site/" + file, bundle + ".site/" + file);
		}
		return files;
	}

	private String filled(String template) {
		return template.replace("@@ID@@", id).replace("@@BUNDLE@@", bundle).replace("@@PACKAGE@@", bundle)
				.replace("@@CLASS@@", className()).replace("@@TYCHO_VERSION@@", TYCHO_VERSION)
				.replace("@@FULCRUM_PLUGINS@@", xml(fulcrumPlugins.toAbsolutePath().toString()))
				.replace("@@NAME_XML@@", xml(name)).replace("@@NAME_JAVA@@", name.replace("\\", "\\\\").replace("\"", "\\\""))
				.replace("@@NAME_JAVADOC@@", xml(name).replace("*/", "*&#47;").replace("@", "&#64;")).replace("@@NAME@@", name);
	}

	/** The id as a Java class name prefix: acme-sales-360 gives AcmeSales360. */
	private String className() {
		StringBuilder prefix = new StringBuilder();
		for (String word : id.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				prefix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return Character.isDigit(prefix.charAt(0)) ? "Instrument" + prefix : prefix.toString();
	}

	private static String identifier(String text) {
		String joined = text.replaceAll("[^a-z0-9]+", "_");
		return Character.isDigit(joined.charAt(0)) ? "i" + joined : joined;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String template(String path) throws IOException {
		try (InputStream in = InstrumentProjectTemplate.class.getResourceAsStream("/templates/instrument/" + path)) {
			if (in == null) {
				throw new IOException("the template file " + path + " is missing from org.fulcrum.cli");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static boolean isSymbolicName(String text) {
		return SYMBOLIC_NAME.matcher(text).matches();
	}

	static boolean isEmptyDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void delete(Path tree) throws IOException {
		try (Stream<Path> paths = Files.walk(tree)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}

package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.internal.InstrumentRegistry;
import org.fulcrum.dropins.internal.DropinsActivator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Third parties' broken instrument plugins, built as jars here and installed into the running
 * framework: each is left out and named in {@link InstrumentCatalog#problems()} (what
 * {@code fulcrum instruments} and the Instruments view show), with file:line:column where there is
 * a file, and none takes the catalog or the good plugins down.
 */
class BrokenPluginsTest {

	private static final String GOOD_SCALE = "<scale minimum=\"1\" maximum=\"5\"><anchors value=\"1\" label=\"Never\"/><anchors value=\"5\" label=\"Always\"/></scale>";
	private static final String GOOD_DIMENSION = "<dimensions id=\"D\" name=\"Dim\" kind=\"trait\"><items id=\"D.1\" text=\"One\"/></dimensions>";

	@TempDir
	static Path jars;

	private static final List<Bundle> INSTALLED = new ArrayList<>();
	private static List<String> problems;
	private static List<String> ids;

	@BeforeAll
	static void installBrokenPlugins() throws Exception {
		instrumentPlugin("good", GOOD_SCALE + GOOD_DIMENSION);
		instrumentPlugin("noscale", "\n  " + GOOD_DIMENSION);
		instrumentPlugin("itemnoid", GOOD_SCALE + "\n  <dimensions id=\"D\" name=\"Dim\">\n    <items text=\"Nameless\"/>\n  </dimensions>");
		instrumentPlugin("dupitem", GOOD_SCALE + "\n  <dimensions id=\"D\" name=\"Dim\">\n    <items id=\"X\" text=\"a\"/>\n    <items id=\"X\" text=\"b\"/>\n  </dimensions>");
		instrumentPlugin("dupdim", GOOD_SCALE + "\n  " + GOOD_DIMENSION + "\n  <dimensions id=\"D\" name=\"Again\"><items id=\"E.1\" text=\"e\"/></dimensions>");
		instrumentPlugin("minmax", "\n  <scale minimum=\"5\" maximum=\"1\"/>" + GOOD_DIMENSION);
		instrumentPlugin("anchor", "\n  <scale minimum=\"1\" maximum=\"5\">\n    <anchors value=\"7\" label=\"Off\"/>\n  </scale>" + GOOD_DIMENSION);
		instrumentPlugin("emptydim", GOOD_SCALE + GOOD_DIMENSION + "\n  <dimensions id=\"E\" name=\"Empty\"/>");
		instrumentPlugin("nodims", GOOD_SCALE);
		plugin("malformedxmi", manifest("com.acme.malformedxmi", true), contribution("malformedxmi"),
				Map.of("instrument/i.xmi", "<?xml version=\"1.0\"?>\n<fulcrum:Instrument xmlns:fulcrum=\"urn:fulcrum:engagement:1\" id=\"malformedxmi\">\n  <scale minimum=\"1\" maximum=\"5\">\n</fulcrum:Instrument>\n"));
		plugin("newer", manifest("com.acme.newer", true), contribution("newer"),
				Map.of("instrument/i.xmi", "<?xml version=\"1.0\"?>\n<fulcrum:Instrument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fulcrum=\"urn:fulcrum:engagement:9\"\n  id=\"newer\">" + GOOD_SCALE + GOOD_DIMENSION + "</fulcrum:Instrument>\n"));
		plugin("nosingleton", manifest("com.acme.nosingleton", false), contribution("nosingleton"), definition("nosingleton", GOOD_SCALE + GOOD_DIMENSION));
		plugin("badpluginxml", manifest("com.acme.badpluginxml", true), "<?xml version=\"1.0\"?>\n<plugin>\n  <extension point=\"org.fulcrum.assessment.instruments\">\n    <instrument id=\"x\" definition=\"instrument/i.xmi\">\n  </extension>\n</plugin>\n",
				definition("x", GOOD_SCALE + GOOD_DIMENSION));
		plugin("typo", manifest("com.acme.typo", true), contribution("typo").replace("assessment.instruments", "assesment.instruments"),
				definition("typo", GOOD_SCALE + GOOD_DIMENSION));
		plugin("unresolved", manifest("com.acme.unresolved", true).replace("Require-Bundle: org.fulcrum.assessment",
				"Require-Bundle: org.fulcrum.assessment,com.acme.nowhere"), contribution("unresolved"), definition("unresolved", GOOD_SCALE + GOOD_DIMENSION));
		BundleContext context = FrameworkUtil.getBundle(BrokenPluginsTest.class).getBundleContext();
		Path dropins = Files.createDirectories(jars.resolve("dropins"));
		write(dropins.resolve("nomanifest.jar"), Map.of("plugin.xml", contribution("nomanifest")));
		Files.writeString(dropins.resolve("garbage.jar"), "not a zip at all");
		DropinsActivator.reconcile(context, dropins);
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getLocation().contains(dropins.toUri().toString())) {
				INSTALLED.add(bundle);
			}
		}
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(INSTALLED);
		InstrumentCatalog catalog = InstrumentRegistry.installed(RegistryFactory.getRegistry());
		problems = catalog.problems();
		ids = catalog.all().stream().map(InstalledInstrument::id).toList();
	}

	@AfterAll
	static void uninstall() throws Exception {
		// an empty dropins folder: the reconciliation uninstalls its jars and forgets their problems
		Path dropins = jars.resolve("dropins");
		try (var files = Files.list(dropins)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		BundleContext context = FrameworkUtil.getBundle(BrokenPluginsTest.class).getBundleContext();
		DropinsActivator.reconcile(context, dropins);
		for (Bundle bundle : INSTALLED) {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
		assertEquals(List.of(), InstrumentRegistry.installed(RegistryFactory.getRegistry()).problems(),
				"nothing is left behind for other tests");
	}

	@Test
	void theGoodPluginIsInstalledAndNoBrokenOneIs() {
		assertTrue(ids.contains("good"), ids + " " + problems);
		assertTrue(ids.contains("character-model"), ids.toString());
		for (String broken : List.of("noscale", "itemnoid", "dupitem", "dupdim", "minmax", "anchor", "emptydim", "nodims",
				"malformedxmi", "newer", "nosingleton", "x", "typo", "unresolved")) {
			assertTrue(!ids.contains(broken), broken + " should be left out: " + ids);
		}
	}

	@Test
	void eachBrokenDefinitionIsNamedWithLineAndColumn() {
		assertProblem("plugin com.acme.noscale: instrument/i.xmi:2:", "has no <scale>");
		assertProblem("plugin com.acme.itemnoid: instrument/i.xmi:4:", "an item 'Nameless' has no id");
		assertProblem("plugin com.acme.dupitem: instrument/i.xmi:5:", "the id 'X' is used twice");
		assertProblem("plugin com.acme.dupdim: instrument/i.xmi:", "the id 'D' is used twice");
		assertProblem("plugin com.acme.minmax: instrument/i.xmi:3:", "minimum (5) must be below its maximum (1)");
		assertProblem("plugin com.acme.anchor: instrument/i.xmi:4:", "the anchor 7 'Off' is off the scale 1-5");
		assertProblem("plugin com.acme.emptydim: instrument/i.xmi:", "has no items and no sub-dimensions");
		assertProblem("plugin com.acme.nodims: instrument/i.xmi:2:", "has no dimension");
		assertProblem("plugin com.acme.malformedxmi: instrument/i.xmi:4:", "not well-formed XML");
		assertProblem("plugin com.acme.newer: instrument/i.xmi:3:", "was written by a newer Fulcrum (format 9)");
	}

	@Test
	void eachBrokenPluginIsNamedThoughTheRegistryOnlyLogsIt() {
		assertProblem("plugin com.acme.nosingleton: its plugin.xml is ignored", "singleton:=true");
		assertProblem("plugin com.acme.badpluginxml: plugin.xml:5:", "not well-formed XML");
		assertProblem("plugin com.acme.typo: plugin.xml:3:", "extension point 'org.fulcrum.assesment.instruments' does not exist (did you mean 'org.fulcrum.assessment.instruments'?)");
		assertProblem("plugin com.acme.unresolved: cannot be resolved", "com.acme.nowhere");
	}

	@Test
	void aDropinThatIsNoPluginIsNamed() {
		assertTrue(problems.stream().anyMatch(p -> p.contains("garbage.jar") && p.contains("not a plugin Fulcrum can use")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("dropin ") && p.contains("nomanifest.jar")
				&& p.contains("not a plugin Fulcrum can use")), problems.toString());
	}

	@Test
	void noStackTraceAndOneLineEach() {
		for (String problem : problems) {
			// one line, and no Java exception named by its class as a stack trace would
			assertTrue(!problem.contains("\n") && !problem.matches(".*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*"), problem);
		}
		assertEquals(problems.size(), problems.stream().distinct().count(), problems.toString());
	}

	private static void assertProblem(String start, String part) {
		List<String> matching = problems.stream().filter(p -> p.startsWith(start)).toList();
		assertTrue(matching.stream().anyMatch(p -> p.contains(part)),
				"no problem starting '" + start + "' saying '" + part + "' in:\n" + problems.stream().collect(Collectors.joining("\n")));
	}

	private static void instrumentPlugin(String id, String body) throws Exception {
		plugin(id, manifest("com.acme." + id, true), contribution(id), definition(id, body));
	}

	private static Map<String, String> definition(String id, String body) {
		return Map.of("instrument/i.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<fulcrum:Instrument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fulcrum=\"urn:fulcrum:engagement:1\" id=\""
				+ id + "\" name=\"Broken " + id + "\" version=\"1\">" + body + "\n</fulcrum:Instrument>\n");
	}

	private static String manifest(String name, boolean singleton) {
		return "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name + (singleton ? ";singleton:=true" : "")
				+ "\nBundle-Version: 1.0.0\nRequire-Bundle: org.fulcrum.assessment\n";
	}

	private static String contribution(String id) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin>\n   <extension point=\"org.fulcrum.assessment.instruments\">\n"
				+ "      <instrument id=\"" + id + "\" definition=\"instrument/i.xmi\"/>\n   </extension>\n</plugin>\n";
	}

	private static void plugin(String file, String manifest, String pluginXml, Map<String, String> entries) throws Exception {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("META-INF/MANIFEST.MF", manifest);
		all.put("plugin.xml", pluginXml);
		all.putAll(entries);
		Path jar = jars.resolve(file + ".jar");
		write(jar, all);
		BundleContext context = FrameworkUtil.getBundle(BrokenPluginsTest.class).getBundleContext();
		INSTALLED.add(context.installBundle(jar.toUri().toString()));
	}

	static void write(Path jar, Map<String, String> entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new JarEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}
}

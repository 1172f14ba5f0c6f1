package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.query.Instruments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fulcrum new-instrument} writes a complete plugin project or nothing. (The product's build
 * builds a generated project with Maven and installs it: check-new-instrument.sh.)
 */
class NewInstrumentCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) {
		err.reset();
		Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(arguments);
	}

	private Path fulcrum() throws Exception {
		Path home = folder.resolve("fulcrum");
		Files.createDirectories(home.resolve("plugins"));
		return home;
	}

	@Test
	void writesAPluginProjectWhoseInstrumentFileIsAValidInstrument() throws Exception {
		Path project = folder.resolve("com.acme.sales");
		assertEquals(ExitCode.OK, run("new-instrument", project.toString(), "--id", "acme-sales-360", "--name", "ACME <Sales> & \"Co\"",
				"--fulcrum", fulcrum().toString()), err.toString());
		for (String file : List.of("pom.xml", "fulcrum.target", ".mvn/maven.config", "com.acme.sales/plugin.xml",
				"com.acme.sales/META-INF/MANIFEST.MF", "com.acme.sales/src/com/acme/sales/AcmeSales360Scorer.java",
				"com.acme.sales/src/com/acme/sales/AcmeSales360Section.java", "com.acme.sales.tests/src/com/acme/sales/AcmeSales360Test.java",
				"com.acme.sales.feature/feature.xml", "com.acme.sales.site/category.xml")) {
			assertTrue(Files.isRegularFile(project.resolve(file)), file);
		}
		try (Stream<Path> files = Files.walk(project)) {
			assertFalse(files.filter(Files::isRegularFile).anyMatch(f -> read(f).contains("@@")), "every placeholder is filled");
		}
		assertTrue(read(project.resolve("fulcrum.target")).contains("path=\"" + fulcrum().resolve("plugins") + "\""));
		assertTrue(read(project.resolve("com.acme.sales/src/com/acme/sales/AcmeSales360Scorer.java"))
				.contains("\"ACME <Sales> & \\\"Co\\\" profile (as others see it)\""));
		Instrument instrument = instrumentIn(project.resolve("com.acme.sales/instrument/acme-sales-360.xmi"));
		assertEquals("acme-sales-360", instrument.getId());
		assertEquals("ACME <Sales> & \"Co\"", instrument.getName());
		assertEquals(2, instrument.getDimensions().size());
		assertEquals(6, Instruments.items(instrument).size());
		assertEquals(1, instrument.getScale().getMinimum());
		assertEquals(5, instrument.getScale().getMaximum());
	}

	@Test
	void aBundleNameIsMadeFromTheIdWhenTheFolderIsNoPluginName() throws Exception {
		Path project = folder.resolve("my project");
		assertEquals(ExitCode.OK, run("new-instrument", project.toString(), "--id", "360-view", "--name", "View", "--fulcrum", fulcrum().toString()));
		assertTrue(Files.isRegularFile(project.resolve("fulcrum.instrument.i360_view/src/fulcrum/instrument/i360_view/Instrument360ViewScorer.java")));
	}

	@Test
	void badArgumentsWriteNothing() throws Exception {
		String home = fulcrum().toString();
		Path project = folder.resolve("p");
		assertEquals(ExitCode.USAGE, run("new-instrument", project.toString(), "--id", "has space", "--name", "X", "--fulcrum", home));
		assertTrue(err.toString().contains("is not an instrument id"), err.toString());
		assertEquals(ExitCode.USAGE, run("new-instrument", project.toString(), "--id", "x", "--fulcrum", home));
		assertTrue(err.toString().contains("--name is required"), err.toString());
		assertEquals(ExitCode.USAGE, run("new-instrument", project.toString(), "--id", "x", "--name", "X", "--bundle", "1bad", "--fulcrum", home));
		assertEquals(ExitCode.USAGE, run("new-instrument", project.toString(), "--id", "x", "--name", "X", "--fulcrum", folder.resolve("none").toString()));
		assertTrue(err.toString().contains("is not a Fulcrum installation"), err.toString());
		assertFalse(Files.exists(project));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("fulcrum")), left.toList(), "no draft left behind");
		}
	}

	@Test
	void anExistingProjectIsNeverOverwritten() throws Exception {
		Path project = folder.resolve("q");
		Files.createDirectories(project);
		Files.writeString(project.resolve("keep.txt"), "mine");
		assertEquals(ExitCode.USAGE, run("new-instrument", project.toString(), "--id", "x", "--name", "X", "--fulcrum", fulcrum().toString()));
		assertTrue(err.toString().contains("exists and is not an empty folder"), err.toString());
		assertEquals("mine", Files.readString(project.resolve("keep.txt")));
	}

	/** The file read as Fulcrum reads a contributed instrument. */
	private static Instrument instrumentIn(Path file) throws Exception {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(FulcrumPackage.eNS_URI, FulcrumPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		resources.getResources().add(resource);
		resource.load(null);
		assertEquals(List.of(), resource.getErrors());
		return (Instrument) resource.getContents().get(0);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (Exception e) {
			throw new AssertionError(file + ": " + e, e);
		}
	}
}

package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.internal.InstrumentRegistry;
import org.fulcrum.model.query.Instruments;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class InstrumentCatalogTest {

	@Test
	void theCharacterModelIsContributedThroughTheExtensionPoint() {
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		InstalledInstrument character = catalog.find("character-model").orElseThrow(() -> new AssertionError(catalog.problems()));
		assertEquals("Partner Manager Character Model", character.name());
		assertEquals("1.0", character.version());
		assertEquals("org.fulcrum.assessment.character", character.contributor());
		assertEquals(34, Instruments.items(character.definition()).size());
		assertNotSame(character.definition(), character.definition(), "each call gives a fresh copy");
		assertEquals(List.of(), catalog.problems());
	}

	@Test
	void brokenContributionsAreLeftOutAndExplained() {
		IExtensionRegistry registry = registryWith("""
				<instrument id="tiny" definition="testdata/tiny.xmi"/>
				<instrument id="wrong-id" definition="testdata/tiny.xmi"/>
				<instrument id="missing" definition="testdata/nowhere.xmi"/>
				<instrument id="broken" definition="testdata/broken.xmi"/>
				<instrument id="tiny" definition="testdata/tiny.xmi"/>
				<instrument definition="testdata/tiny.xmi"/>
				""");
		InstrumentRegistry catalog = InstrumentRegistry.of(registry);
		assertEquals(List.of("tiny"), catalog.all().stream().map(InstalledInstrument::id).toList());
		assertEquals("2.1", catalog.find("tiny").orElseThrow().version());
		List<String> problems = catalog.problems();
		assertEquals(5, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("defines instrument 'tiny' but the contribution says 'wrong-id'"), problems.get(0));
		assertTrue(problems.get(1).contains("testdata/nowhere.xmi: not found"), problems.get(1));
		assertTrue(problems.get(2).startsWith("plugin org.fulcrum.assessment: testdata/broken.xmi:"), problems.get(2));
		assertTrue(problems.get(3).contains("is already contributed by org.fulcrum.assessment"), problems.get(3));
		assertTrue(problems.get(4).contains("needs both 'id' and 'definition'"), problems.get(4));
	}

	private static IExtensionRegistry registryWith(String instruments) {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);
		var contributor = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(InstrumentRegistry.class));
		String plugin = "<?xml version=\"1.0\"?><plugin>"
				+ "<extension-point id=\"instruments\" name=\"Assessment Instruments\"/>"
				+ "<extension point=\"org.fulcrum.assessment.instruments\">" + instruments + "</extension></plugin>";
		registry.addContribution(new ByteArrayInputStream(plugin.getBytes(StandardCharsets.UTF_8)), contributor, false,
				"test", null, token);
		return registry;
	}
}

package org.fulcrum.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.metadata.expression.ExpressionUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.metadata.ITouchpointType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An update site as a third party publishes one, written with p2's own repository API: a plugin
 * jar contributing an instrument (two dimensions, a 1–4 scale) and a feature holding it, with the
 * units Tycho's publisher makes for them (the bundle requires org.fulcrum.assessment and Java 21).
 */
final class PluginSite {

	static final String FEATURE = "org.fulcrum.tests.sitefeature";
	static final String BUNDLE = "org.fulcrum.tests.siteplugin";
	static final String INSTRUMENT = "site-test-instrument";
	static final String INSTRUMENT_NAME = "Listening Habits (installed from a site)";
	static final String FEATURE_NAME = "Listening Habits for Fulcrum (test)";
	static final Version VERSION = Version.create("2.3.0.v20260101");

	private PluginSite() {
	}

	/** Writes the site into {@code folder} (a p2 repository: content.xml, artifacts.xml, plugins/). */
	static Path write(Path folder) throws Exception {
		Files.createDirectories(folder);
		BundleContext context = FrameworkUtil.getBundle(PluginSite.class).getBundleContext();
		ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
				IProvisioningAgentProvider.class, null);
		tracker.open();
		IProvisioningAgent agent = tracker.waitForService(10_000).createAgent(folder.resolveSibling(folder.getFileName() + "-agent").toUri());
		try {
			IArtifactRepository artifacts = agent.getService(IArtifactRepositoryManager.class).createRepository(folder.toUri(), "Test site",
					IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
			IArtifactKey key = artifacts.createArtifactKey("osgi.bundle", BUNDLE, VERSION);
			IArtifactDescriptor descriptor = artifacts.createArtifactDescriptor(key);
			try (OutputStream out = artifacts.getOutputStream(descriptor)) {
				out.write(pluginJar());
			}
			IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(folder.toUri(), "Test site",
					IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
			metadata.addInstallableUnits(List.of(bundleUnit(key), featureUnit()));
		} finally {
			agent.stop();
			tracker.close();
		}
		return folder;
	}

	private static IInstallableUnit bundleUnit(IArtifactKey key) {
		InstallableUnitDescription unit = new InstallableUnitDescription();
		unit.setId(BUNDLE);
		unit.setVersion(VERSION);
		unit.setSingleton(true);
		unit.setProperty(IInstallableUnit.PROP_NAME, "Listening Habits instrument");
		unit.setCapabilities(new IProvidedCapability[] { MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, BUNDLE, VERSION),
				MetadataFactory.createProvidedCapability("osgi.bundle", BUNDLE, VERSION),
				MetadataFactory.createProvidedCapability("org.eclipse.equinox.p2.eclipse.type", "bundle", Version.create("1.0.0")) });
		unit.setRequirements(new IRequirement[] {
				MetadataFactory.createRequirement("osgi.bundle", "org.fulcrum.assessment", VersionRange.emptyRange, null, false, false),
				MetadataFactory.createRequirement("osgi.ee", ExpressionUtil.parseLDAP("(&(osgi.ee=JavaSE)(version=21))"), null, 1, 1, true, BUNDLE) });
		unit.setArtifacts(new IArtifactKey[] { key });
		unit.setTouchpointType(MetadataFactory.createTouchpointType("org.eclipse.equinox.p2.osgi", Version.create("1.0.0")));
		unit.addTouchpointData(MetadataFactory.createTouchpointData(Map.of("manifest", "Bundle-SymbolicName: " + BUNDLE
				+ ";singleton:=true\nBundle-Version: " + VERSION)));
		return MetadataFactory.createInstallableUnit(unit);
	}

	private static IInstallableUnit featureUnit() {
		InstallableUnitDescription unit = new InstallableUnitDescription();
		unit.setId(FEATURE + ".feature.group");
		unit.setVersion(VERSION);
		unit.setProperty(IInstallableUnit.PROP_NAME, FEATURE_NAME);
		unit.setProperty("org.eclipse.equinox.p2.type.group", "true");
		unit.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, FEATURE + ".feature.group", VERSION) });
		unit.setRequirements(new IRequirement[] { MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, BUNDLE,
				new VersionRange(VERSION, true, VERSION, true), null, false, false) });
		unit.setTouchpointType(ITouchpointType.NONE);
		return MetadataFactory.createInstallableUnit(unit);
	}

	private static byte[] pluginJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", BUNDLE + ";singleton:=true");
		main.putValue("Bundle-Version", VERSION.toString());
		main.putValue("Bundle-Name", "Listening Habits instrument");
		main.putValue("Bundle-RequiredExecutionEnvironment", "JavaSE-21");
		main.putValue("Require-Bundle", "org.fulcrum.assessment");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			entry(jar, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.fulcrum.assessment.instruments">
					      <instrument id="%s" definition="instrument/listening.xmi"/>
					   </extension>
					</plugin>
					""".formatted(INSTRUMENT));
			entry(jar, "instrument/listening.xmi", """
					<?xml version="1.0" encoding="UTF-8"?>
					<fulcrum:Instrument xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:fulcrum="urn:fulcrum:engagement:1"
					    id="%s" name="%s" version="2.3" description="How a partner manager listens.">
					  <scale minimum="1" maximum="4">
					    <anchors value="1" label="Rarely"/>
					    <anchors value="4" label="Always"/>
					  </scale>
					  <dimensions id="ATT" name="Attention" kind="trait" description="Gives the partner full attention.">
					    <items id="ATT.1" text="Puts the phone away when a partner speaks"/>
					    <items id="ATT.2" text="Lets partners finish before answering"/>
					  </dimensions>
					  <dimensions id="REF" name="Reflection" kind="trait" description="Checks what was understood.">
					    <items id="REF.1" text="Sums up what the partner said"/>
					    <items id="REF.2" text="Asks before assuming"/>
					  </dimensions>
					</fulcrum:Instrument>
					""".formatted(INSTRUMENT, INSTRUMENT_NAME));
		}
		return bytes.toByteArray();
	}

	private static void entry(JarOutputStream jar, String name, String text) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		jar.write(text.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}
}

package org.fulcrum.plugins;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.net.URI;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.ITouchpointType;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.fulcrum.dropins.UserFolders;
import org.fulcrum.plugins.internal.FileTransport;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The plugins a user installed into their Fulcrum from update sites, with p2's planner and engine.
 * <p>
 * The install folder may be read-only, so p2 works in the user's data folder: its agent in
 * {@code DATA/p2}, a profile {@value #PROFILE} whose bundle pool and configuration are in
 * {@code DATA/p2/fulcrum}. After each change the profile's bundles are written, as files of the
 * bundle pool, into that configuration's {@code bundles.info}, which {@code org.fulcrum.dropins}
 * installs at every start without starting p2.
 * The product's own units (read from its p2 profile) take part in planning as stand-ins without
 * artifacts, so that a plugin's requirements on Fulcrum are met by the product and only the
 * plugin's own bundles are downloaded (docs/install.md).
 */
public final class UserPlugins implements AutoCloseable {

	/** The id of the user's p2 profile. */
	public static final String PROFILE = "fulcrum-user";

	private static final String FEATURE_GROUP = ".feature.group";
	private static final String PRODUCT_UNIT = "org.fulcrum.plugins.product";

	private final IProvisioningAgent agent;
	private final Path installFolder;
	private final Path bundlesInfo;
	private final Path productInstallArea;
	private final Map<String, String> environment;

	private UserPlugins(IProvisioningAgent agent, Path data, Path productInstallArea, Map<String, String> environment) {
		this.agent = agent;
		this.installFolder = UserFolders.installFolder(data);
		this.bundlesInfo = UserFolders.installedBundles(data);
		this.productInstallArea = productInstallArea;
		this.environment = environment;
	}

	/** Opens the p2 agent in {@code DATA/p2} of the running Fulcrum ({@link UserFolders#dataFolder}). */
	public static UserPlugins open(BundleContext context) throws PluginException {
		Path data = UserFolders.dataFolder(context);
		ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
				IProvisioningAgentProvider.class, null);
		tracker.open();
		try {
			IProvisioningAgentProvider provider = tracker.waitForService(10_000);
			if (provider == null) {
				throw new PluginException("p2 is not running in this Fulcrum (no provisioning agent provider): the installation is damaged");
			}
			Path p2 = data.resolve("p2");
			Files.createDirectories(p2);
			IProvisioningAgent agent = provider.createAgent(p2.toUri());
			agent.registerService(Transport.SERVICE_NAME, new FileTransport());
			Map<String, String> environment = Map.of("osgi.os", String.valueOf(context.getProperty("osgi.os")), "osgi.ws",
					String.valueOf(context.getProperty("osgi.ws")), "osgi.arch", String.valueOf(context.getProperty("osgi.arch")));
			return new UserPlugins(agent, data, UserFolders.productInstallArea(context), environment);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PluginException("interrupted while starting p2");
		} catch (IOException | ProvisionException e) {
			throw new PluginException("cannot start p2 in " + data.resolve("p2") + ": " + e.getMessage(), e);
		} finally {
			tracker.close();
		}
	}

	/** The features the user installed, by id. */
	public List<InstalledFeature> list() {
		IProfile profile = registry().getProfile(PROFILE);
		if (profile == null) {
			return List.of();
		}
		List<InstalledFeature> features = new ArrayList<>();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
			if ("true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
				features.add(describe(unit));
			}
		}
		features.sort(Comparator.comparing(InstalledFeature::id));
		return features;
	}

	/** The update site in a folder (a p2 repository) or a zip file of one, as p2 reads it. */
	public static URI site(Path folderOrZip) {
		Path absolute = folderOrZip.toAbsolutePath().normalize();
		return Files.isRegularFile(absolute) ? URI.create("jar:" + absolute.toUri() + "!/") : absolute.toUri();
	}

	/** The features the update site at {@code site} offers, by id. */
	public List<String> featuresOn(URI site, IProgressMonitor monitor) throws PluginException {
		return featuresOf(load(site, monitor));
	}

	/**
	 * Installs {@code feature} (its id, with or without {@code .feature.group}) from the update site
	 * at {@code site}, with what it requires from the site, and returns it.
	 */
	public InstalledFeature install(URI site, String feature, IProgressMonitor monitor) throws PluginException {
		IMetadataRepository repository = load(site, monitor);
		IInstallableUnit unit = newest(repository, feature + FEATURE_GROUP);
		if (unit == null) {
			unit = newest(repository, feature);
		}
		if (unit == null) {
			throw new PluginException("the update site " + site + " has no feature " + feature + "; it has: " + String.join(", ", featuresOf(repository)));
		}
		IProfile profile = profile();
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.add(unit);
		request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, "true");
		perform(planner, request, context(new URI[] { site }), "install " + feature + " from " + site, monitor);
		writeInstalledBundles();
		return describe(unit);
	}

	/** Removes the installed {@code feature} and every bundle only it needed, from the profile and the disk. */
	public InstalledFeature remove(String feature, IProgressMonitor monitor) throws PluginException {
		IProfile profile = profile();
		IInstallableUnit unit = installed(profile, feature + FEATURE_GROUP);
		if (unit == null) {
			unit = installed(profile, feature);
		}
		if (unit == null || !"true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
			List<String> ids = list().stream().map(InstalledFeature::id).toList();
			throw new PluginException("no installed plugin feature " + feature + (ids.isEmpty() ? "; none is installed" : "; installed: " + String.join(", ", ids)));
		}
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.remove(unit);
		perform(planner, request, context(new URI[0]), "remove " + feature, monitor);
		collectGarbage();
		writeInstalledBundles();
		return describe(unit);
	}

	/**
	 * Writes the bundles of the profile, as files of its bundle pool, in simpleconfigurator's
	 * {@code bundles.info} format for {@code org.fulcrum.dropins}, which installs them at start-up
	 * without starting p2 (replaced atomically: a start never reads half a list).
	 */
	private void writeInstalledBundles() throws PluginException {
		IProfile profile = registry().getProfile(PROFILE);
		List<String> lines = new ArrayList<>();
		lines.add("#version=1");
		lines.add("# written by fulcrum plugins from the p2 profile " + PROFILE + "; read by org.fulcrum.dropins at start-up");
		IFileArtifactRepository pool = bundlePool();
		if (profile != null && pool != null) {
			for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
				for (IArtifactKey key : unit.getArtifacts()) {
					File file = "osgi.bundle".equals(key.getClassifier()) ? pool.getArtifactFile(key) : null;
					if (file != null && file.exists()) {
						lines.add(key.getId() + "," + key.getVersion() + "," + file.toURI() + ",4,false");
					}
				}
			}
		}
		try {
			Files.createDirectories(bundlesInfo.getParent());
			Path temporary = Files.createTempFile(bundlesInfo.getParent(), "bundles", ".info");
			Files.write(temporary, lines);
			Files.move(temporary, bundlesInfo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new PluginException("the p2 profile changed, but the list of its bundles " + bundlesInfo + " could not be written ("
					+ e.getMessage() + "); run the command again", e);
		}
	}

	private IFileArtifactRepository bundlePool() {
		try {
			IArtifactRepository pool = agent.getService(IArtifactRepositoryManager.class).loadRepository(installFolder.toUri(), null);
			return pool instanceof IFileArtifactRepository files ? files : null;
		} catch (ProvisionException e) {
			return null; // nothing was ever installed
		}
	}

	private IMetadataRepository load(URI site, IProgressMonitor monitor) throws PluginException {
		try {
			return agent.getService(IMetadataRepositoryManager.class).loadRepository(site, monitor);
		} catch (ProvisionException e) {
			throw new PluginException("cannot read the update site " + site + ": " + e.getMessage(), e);
		}
	}

	/** Where p2 installs (bundle pool and configuration): {@code DATA/p2/fulcrum}. */
	public Path installFolder() {
		return installFolder;
	}

	private void perform(IPlanner planner, IProfileChangeRequest request, ProvisioningContext context, String what, IProgressMonitor monitor)
			throws PluginException {
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
		if (!plan.getStatus().isOK()) {
			throw new PluginException("cannot " + what + ": " + Problems.describe(plan.getStatus()));
		}
		IEngine engine = agent.getService(IEngine.class);
		IStatus done = engine.perform(plan, PhaseSetFactory.createDefaultPhaseSetExcluding(new String[] { PhaseSetFactory.PHASE_CHECK_TRUST }), monitor);
		if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
			throw new PluginException("cannot " + what + ": " + Problems.describe(done));
		}
	}

	/** The site's repositories, and the product's units as stand-ins that need no download. */
	private ProvisioningContext context(URI[] sites) throws PluginException {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(sites);
		context.setArtifactRepositories(sites);
		context.setExtraInstallableUnits(productUnits());
		return context;
	}

	private List<IInstallableUnit> productUnits() throws PluginException {
		Path profiles = productInstallArea.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry");
		Path profile;
		try (Stream<Path> found = Files.isDirectory(profiles) ? Files.list(profiles) : Stream.empty()) {
			profile = found.filter(p -> p.getFileName().toString().endsWith(".profile")).findFirst().orElse(null);
		} catch (IOException e) {
			throw new PluginException("cannot read this Fulcrum's p2 profile in " + profiles + ": " + e.getMessage(), e);
		}
		if (profile == null) {
			throw new PluginException("this Fulcrum has no p2 profile in " + profiles + " (it was not installed from its archive): plugins cannot be installed into it");
		}
		IQueryable<IInstallableUnit> product;
		try {
			product = agent.getService(IMetadataRepositoryManager.class).loadRepository(profile.toUri(), null);
		} catch (ProvisionException e) {
			throw new PluginException("cannot read this Fulcrum's p2 profile " + profile + ": " + e.getMessage(), e);
		}
		List<IInstallableUnit> standIns = new ArrayList<>();
		for (IInstallableUnit unit : product.query(QueryUtil.createIUAnyQuery(), null)) {
			if (!QueryUtil.isFragment(unit)) {
				standIns.add(standIn(unit));
			}
		}
		return standIns;
	}

	/** What the product's unit provides, without requirements, artifacts or touchpoint actions. */
	private static IInstallableUnit standIn(IInstallableUnit unit) {
		InstallableUnitDescription description = new InstallableUnitDescription();
		description.setId(unit.getId());
		description.setVersion(unit.getVersion());
		description.setSingleton(unit.isSingleton());
		description.setCapabilities(unit.getProvidedCapabilities().toArray(IProvidedCapability[]::new));
		description.setTouchpointType(ITouchpointType.NONE);
		description.setProperty(PRODUCT_UNIT, "true");
		return MetadataFactory.createInstallableUnit(description);
	}

	private IProfile profile() throws PluginException {
		IProfileRegistry registry = registry();
		IProfile profile = registry.getProfile(PROFILE);
		if (profile != null) {
			return profile;
		}
		Map<String, String> properties = new HashMap<>();
		properties.put(IProfile.PROP_INSTALL_FOLDER, installFolder.toString());
		properties.put(IProfile.PROP_CACHE, installFolder.toString());
		properties.put(IProfile.PROP_ENVIRONMENTS, "osgi.os=" + environment.get("osgi.os") + ",osgi.ws=" + environment.get("osgi.ws")
				+ ",osgi.arch=" + environment.get("osgi.arch"));
		try {
			Files.createDirectories(installFolder);
			return registry.addProfile(PROFILE, properties);
		} catch (IOException | ProvisionException e) {
			throw new PluginException("cannot create the p2 profile " + PROFILE + " in " + installFolder + ": " + e.getMessage(), e);
		}
	}

	private IProfileRegistry registry() {
		return agent.getService(IProfileRegistry.class);
	}

	private void collectGarbage() {
		IProfile profile = registry().getProfile(PROFILE);
		GarbageCollector collector = agent.getService(GarbageCollector.class);
		if (collector == null) {
			collector = new GarbageCollector(agent);
		}
		collector.runGC(profile);
	}

	private static IInstallableUnit newest(IQueryable<IInstallableUnit> queryable, String id) {
		var found = queryable.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), null);
		return found.isEmpty() ? null : found.iterator().next();
	}

	private static IInstallableUnit installed(IProfile profile, String id) {
		var found = profile.query(QueryUtil.createIUQuery(id), null);
		return found.isEmpty() ? null : found.iterator().next();
	}

	private static List<String> featuresOf(IMetadataRepository repository) {
		List<String> ids = new ArrayList<>();
		for (IInstallableUnit unit : repository.query(QueryUtil.createIUGroupQuery(), null)) {
			ids.add(featureId(unit));
		}
		return ids.stream().sorted().distinct().toList();
	}

	private static InstalledFeature describe(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return new InstalledFeature(featureId(unit), unit.getVersion().toString(), name == null ? featureId(unit) : name);
	}

	private static String featureId(IInstallableUnit unit) {
		String id = unit.getId();
		return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
	}

	@Override
	public void close() {
		agent.stop();
	}
}

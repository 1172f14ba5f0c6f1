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
import java.net.URISyntaxException;
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
import org.fulcrum.dropins.UserBundles;
import org.fulcrum.dropins.UserFolders;
import org.fulcrum.plugins.internal.SiteTransport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
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
 * plugin's own bundles are downloaded (docs/install.md). A Fulcrum that was not installed from its
 * archive (a test runtime, a development launch) has no such profile: with the property
 * {@value #PRODUCT_PROPERTY}{@code =framework} the bundles of the running framework stand in for
 * the product instead ({@link FrameworkUnits}).
 */
public final class UserPlugins implements AutoCloseable {

	/** The id of the user's p2 profile. */
	public static final String PROFILE = "fulcrum-user";

	/**
	 * Where the product's units come from: unset, the p2 profile of the product's install area;
	 * {@code framework}, the bundles of the running framework.
	 */
	public static final String PRODUCT_PROPERTY = "fulcrum.plugins.product";

	private static final String FEATURE_GROUP = ".feature.group";
	private static final String PRODUCT_UNIT = "org.fulcrum.plugins.product";

	private final IProvisioningAgent agent;
	private final SiteTransport transport;
	private final BundleContext context;
	private final Path installFolder;
	private final Path bundlesInfo;
	private final Path productInstallArea;
	private final Map<String, String> environment;

	private UserPlugins(IProvisioningAgent agent, SiteTransport transport, BundleContext context, Path data, Path productInstallArea,
			Map<String, String> environment) {
		this.agent = agent;
		this.transport = transport;
		this.context = context;
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
			SiteTransport transport = new SiteTransport();
			agent.registerService(Transport.SERVICE_NAME, transport);
			Map<String, String> environment = Map.of("osgi.os", String.valueOf(context.getProperty("osgi.os")), "osgi.ws",
					String.valueOf(context.getProperty("osgi.ws")), "osgi.arch", String.valueOf(context.getProperty("osgi.arch")));
			return new UserPlugins(agent, transport, context, data, UserFolders.productInstallArea(context), environment);
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
	public List<PluginFeature> list() {
		IProfile profile = registry().getProfile(PROFILE);
		if (profile == null) {
			return List.of();
		}
		List<PluginFeature> features = new ArrayList<>();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
			if ("true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
				features.add(describe(unit));
			}
		}
		features.sort(Comparator.comparing(PluginFeature::id));
		return features;
	}

	/** The update site in a folder (a p2 repository) or a zip file of one, as p2 reads it. */
	public static URI site(Path folderOrZip) {
		Path absolute = folderOrZip.toAbsolutePath().normalize();
		return Files.isRegularFile(absolute) ? URI.create("jar:" + absolute.toUri() + "!/") : absolute.toUri();
	}

	/**
	 * The update site a user named: an {@code http:} or {@code https:} URL, a {@code file:} URI, or a
	 * folder or zip file on this machine.
	 */
	public static URI site(String given) throws PluginException {
		String text = given.strip();
		if (text.matches("(?i)(https?|file|jar):.*")) {
			URI uri;
			try {
				uri = new URI(text);
			} catch (URISyntaxException e) {
				throw new PluginException("the update site " + text.replaceAll("//[^/@]*@", "//") + " is not a valid URL: " + e.getReason());
			}
			if (uri.getScheme().toLowerCase().startsWith("http") && (uri.getHost() == null || uri.getHost().isBlank())) {
				throw new PluginException("the update site " + SiteTransport.redact(uri) + " names no web server");
			}
			if (uri.getScheme().toLowerCase().startsWith("http") && uri.getPath().toLowerCase().endsWith(".zip")) {
				throw new PluginException("the update site " + SiteTransport.redact(uri)
						+ " is a zip file on a web server: download it and give the zip file, or give the site's folder URL");
			}
			return uri;
		}
		Path path;
		try {
			path = Path.of(text);
		} catch (java.nio.file.InvalidPathException e) {
			throw new PluginException("the update site " + text + " is not a folder, a zip file or a URL");
		}
		if (!Files.exists(path)) {
			throw new PluginException("the update site " + text + " does not exist (give a folder, a zip file or an http(s) URL)");
		}
		return site(path);
	}

	/** {@code site} as it may be shown: without user name, password or query values. */
	public static String describe(URI site) {
		return SiteTransport.redact(site);
	}

	/** The features the update site at {@code site} offers, by id, with their newest version and name. */
	public List<PluginFeature> featuresOn(URI site, IProgressMonitor monitor) throws PluginException {
		IMetadataRepository repository = load(site, monitor);
		List<PluginFeature> features = new ArrayList<>();
		for (String id : featuresOf(repository)) {
			features.add(describe(newest(repository, id + FEATURE_GROUP)));
		}
		return features;
	}

	/**
	 * Installs {@code feature} (its id, with or without {@code .feature.group}) from the update site
	 * at {@code site}, with what it requires from the site, and returns it.
	 */
	public PluginFeature install(URI site, String feature, IProgressMonitor monitor) throws PluginException {
		IMetadataRepository repository = load(site, monitor);
		IInstallableUnit unit = newest(repository, feature + FEATURE_GROUP);
		if (unit == null) {
			unit = newest(repository, feature);
		}
		if (unit == null) {
			throw new PluginException("the update site " + describe(site) + " has no feature " + feature + "; it has: "
					+ String.join(", ", featuresOf(repository)));
		}
		IProfile profile = profile();
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.add(unit);
		request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, "true");
		perform(planner, request, context(new URI[] { site }), "install " + feature + " from " + describe(site), site, monitor);
		writeInstalledBundles();
		return describe(unit);
	}

	/** Removes the installed {@code feature} and every bundle only it needed, from the profile and the disk. */
	public PluginFeature remove(String feature, IProgressMonitor monitor) throws PluginException {
		IProfile profile = profile();
		IInstallableUnit unit = installed(profile, feature + FEATURE_GROUP);
		if (unit == null) {
			unit = installed(profile, feature);
		}
		if (unit == null || !"true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
			List<String> ids = list().stream().map(PluginFeature::id).toList();
			throw new PluginException("no installed plugin feature " + feature + (ids.isEmpty() ? "; none is installed" : "; installed: " + String.join(", ", ids)));
		}
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.remove(unit);
		perform(planner, request, context(new URI[0]), "remove " + feature, null, monitor);
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
			throw new PluginException("cannot read the update site " + describe(site) + ": " + withoutCredentials(e.getMessage(), site), e);
		}
	}

	/**
	 * Applies the profile's bundles to the running framework now rather than at the next start (the
	 * workbench does, so that an installed plugin's instruments show at once and a removed one's go).
	 */
	public void applyNow() throws PluginException {
		try {
			UserBundles.apply(context);
		} catch (IOException | BundleException e) {
			throw new PluginException("the plugins were changed, but this Fulcrum could not load the change (" + e.getMessage()
					+ "); restart Fulcrum", e);
		}
	}

	/** Where p2 installs (bundle pool and configuration): {@code DATA/p2/fulcrum}. */
	public Path installFolder() {
		return installFolder;
	}

	private void perform(IPlanner planner, IProfileChangeRequest request, ProvisioningContext context, String what, URI site,
			IProgressMonitor monitor) throws PluginException {
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
		if (plan.getStatus().getSeverity() == IStatus.CANCEL) {
			throw new PluginException("cancelled: nothing was changed");
		}
		if (!plan.getStatus().isOK()) {
			throw new PluginException("cannot " + what + ": " + withoutCredentials(Problems.describe(plan.getStatus()), site));
		}
		IEngine engine = agent.getService(IEngine.class);
		IStatus done = engine.perform(plan, PhaseSetFactory.createDefaultPhaseSetExcluding(new String[] { PhaseSetFactory.PHASE_CHECK_TRUST }), monitor);
		if (done.getSeverity() == IStatus.CANCEL) {
			throw new PluginException("cancelled: nothing was changed");
		}
		if (done.getSeverity() == IStatus.ERROR) {
			throw new PluginException("cannot " + what + ": " + withoutCredentials(Problems.describe(done), site));
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
		if ("framework".equals(context.getProperty(PRODUCT_PROPERTY))) {
			return FrameworkUnits.of(context, installFolder);
		}
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

	private static PluginFeature describe(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return new PluginFeature(featureId(unit), unit.getVersion().toString(), name == null ? featureId(unit) : name);
	}

	private static String featureId(IInstallableUnit unit) {
		String id = unit.getId();
		return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
	}

	/** {@code message} without the user name and password of {@code site}, which p2's messages repeat. */
	private static String withoutCredentials(String message, URI site) {
		if (message == null || site == null || site.getRawUserInfo() == null) {
			return message;
		}
		return message.replace(site.getRawUserInfo() + "@", "").replace(String.valueOf(site.getUserInfo()) + "@", "");
	}

	@Override
	public void close() {
		agent.stop();
		transport.close();
	}
}

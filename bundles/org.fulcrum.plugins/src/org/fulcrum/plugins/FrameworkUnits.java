package org.fulcrum.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.ITouchpointType;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The bundles of the running framework as p2 units that stand in for the product, for a Fulcrum
 * without a p2 profile of its own (a test runtime, a development launch; {@link UserPlugins#PRODUCT_PROPERTY}):
 * each provides what the bundle provides (its name, its packages, the generic capabilities it
 * declares, such as the system bundle's execution environments), as p2's publisher would say it.
 * Bundles p2 installed for the user are left out: they are the user's, not the product's.
 */
final class FrameworkUnits {

	private FrameworkUnits() {
	}

	static List<IInstallableUnit> of(BundleContext context, Path userInstallFolder) {
		String userBundles = userInstallFolder.toUri().toString();
		List<IInstallableUnit> units = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision == null || bundle.getSymbolicName() == null || bundle.getLocation().contains(userBundles)) {
				continue;
			}
			units.add(unit(bundle.getBundleId() == 0 ? "org.eclipse.osgi" : bundle.getSymbolicName(), revision));
		}
		return units;
	}

	private static IInstallableUnit unit(String id, BundleRevision revision) {
		Version version = Version.create(revision.getVersion().toString());
		List<IProvidedCapability> provided = new ArrayList<>();
		provided.add(MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version));
		provided.add(MetadataFactory.createProvidedCapability("osgi.bundle", id, version));
		for (BundleCapability capability : revision.getDeclaredCapabilities(null)) {
			String namespace = capability.getNamespace();
			Map<String, Object> attributes = capability.getAttributes();
			if (PackageNamespace.PACKAGE_NAMESPACE.equals(namespace)) {
				Object packageVersion = attributes.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
				provided.add(MetadataFactory.createProvidedCapability("java.package", String.valueOf(attributes.get(namespace)),
						packageVersion == null ? Version.emptyVersion : Version.create(packageVersion.toString())));
			} else if (!BundleNamespace.BUNDLE_NAMESPACE.equals(namespace) && !HostNamespace.HOST_NAMESPACE.equals(namespace)
					&& !IdentityNamespace.IDENTITY_NAMESPACE.equals(namespace)) {
				generic(namespace, attributes, provided);
			}
		}
		InstallableUnitDescription description = new InstallableUnitDescription();
		description.setId(id);
		description.setVersion(version);
		description.setSingleton(false);
		description.setCapabilities(provided.toArray(IProvidedCapability[]::new));
		description.setTouchpointType(ITouchpointType.NONE);
		description.setProperty("org.fulcrum.plugins.product", "true");
		return MetadataFactory.createInstallableUnit(description);
	}

	/**
	 * A generic capability (e.g. {@code osgi.ee; osgi.ee=JavaSE; version:List<Version>=...}) with p2's
	 * value types, one per version when it has several, as p2's publisher writes them.
	 */
	private static void generic(String namespace, Map<String, Object> attributes, List<IProvidedCapability> provided) {
		if (!(attributes.get(namespace) instanceof String)) {
			return; // p2 names a capability by the attribute of its namespace's name
		}
		Object versions = attributes.get("version");
		List<Object> each = versions instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>(java.util.Collections.singletonList(versions));
		for (Object version : each) {
			Map<String, Object> properties = new HashMap<>();
			attributes.forEach((key, value) -> {
				Object converted = convert(value);
				if (converted != null) {
					properties.put(key, converted);
				}
			});
			properties.remove("version");
			if (version != null) {
				properties.put("version", Version.create(version.toString()));
			}
			try {
				provided.add(MetadataFactory.createProvidedCapability(namespace, properties));
			} catch (RuntimeException e) {
				// a capability p2 cannot express; no plugin can require it through p2 either
			}
		}
	}

	private static Object convert(Object value) {
		if (value instanceof String || value instanceof Long || value instanceof Double) {
			return value;
		}
		if (value instanceof org.osgi.framework.Version version) {
			return Version.create(version.toString());
		}
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return List.copyOf(list);
		}
		return null;
	}
}

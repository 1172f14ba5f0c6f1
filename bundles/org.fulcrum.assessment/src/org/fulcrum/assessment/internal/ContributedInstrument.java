package org.fulcrum.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;
import org.osgi.framework.Bundle;

/** One {@code <instrument>} contribution with its definition, read from the contributing plugin. */
final class ContributedInstrument implements InstalledInstrument {

	private final String contributor;
	private final Instrument definition;

	private ContributedInstrument(String contributor, Instrument definition) {
		this.contributor = contributor;
		this.definition = definition;
	}

	static ContributedInstrument read(IConfigurationElement element) throws BrokenContributionException {
		String id = element.getAttribute("id");
		String path = element.getAttribute("definition");
		if (id == null || id.isBlank() || path == null || path.isBlank()) {
			throw new BrokenContributionException("an <instrument> needs both 'id' and 'definition'");
		}
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		// FileLocator also looks into the plugin's fragments, e.g. a translated definition.
		URL entry = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path), null);
		if (entry == null) {
			throw new BrokenContributionException(path + ": not found in the plugin (is its folder in build.properties?)");
		}
		Instrument definition = load(entry, path);
		if (!id.equals(definition.getId())) {
			throw new BrokenContributionException(path + ": defines instrument '" + definition.getId()
					+ "' but the contribution says '" + id + "'");
		}
		return new ContributedInstrument(element.getContributor().getName(), definition);
	}

	private static Instrument load(URL entry, String path) throws BrokenContributionException {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(FulcrumPackage.eNS_URI, FulcrumPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createURI(entry.toString()));
		resources.getResources().add(resource);
		try (InputStream in = entry.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			throw new BrokenContributionException(path + ": cannot be read: " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new BrokenContributionException(path + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage());
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Instrument instrument)) {
			throw new BrokenContributionException(path + ": does not hold exactly one fulcrum:Instrument");
		}
		return instrument;
	}

	@Override
	public String id() {
		return definition.getId();
	}

	@Override
	public String name() {
		return definition.getName() == null ? definition.getId() : definition.getName();
	}

	@Override
	public String version() {
		return definition.getVersion() == null ? "" : definition.getVersion();
	}

	@Override
	public String contributor() {
		return contributor;
	}

	@Override
	public Instrument definition() {
		return EcoreUtil.copy(definition);
	}
}

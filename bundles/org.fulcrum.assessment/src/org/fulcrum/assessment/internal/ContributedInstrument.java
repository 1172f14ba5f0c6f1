package org.fulcrum.assessment.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.report.ReportSection;
import org.fulcrum.assessment.scoring.InstrumentScorer;
import org.fulcrum.model.Instrument;
import org.osgi.framework.Bundle;

/** One {@code <instrument>} contribution with its definition, read from the contributing plugin. */
final class ContributedInstrument implements InstalledInstrument {

	private final String contributor;
	private final Instrument definition;
	private final InstrumentScorer scorer;
	private final List<ReportSection> sections;

	private ContributedInstrument(String contributor, Instrument definition, InstrumentScorer scorer, List<ReportSection> sections) {
		this.contributor = contributor;
		this.definition = definition;
		this.scorer = scorer;
		this.sections = List.copyOf(sections);
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
		Instrument definition = InstrumentFile.read(entry, path);
		if (!id.equals(definition.getId())) {
			throw new BrokenContributionException(path + ": defines instrument '" + definition.getId()
					+ "' but the contribution says '" + id + "'");
		}
		InstrumentScorer scorer = element.getAttribute("scorer") == null ? null
				: create(element, "scorer", InstrumentScorer.class);
		List<ReportSection> sections = new ArrayList<>();
		for (IConfigurationElement section : element.getChildren("reportSection")) {
			sections.add(create(section, "class", ReportSection.class));
		}
		return new ContributedInstrument(element.getContributor().getName(), definition, scorer, sections);
	}

	/** An instance of the class named by the attribute, which must implement {@code type}. */
	private static <T> T create(IConfigurationElement element, String attribute, Class<T> type) throws BrokenContributionException {
		// e.g. "scorer org.acme.Scorer", "reportSection org.acme.Section"
		String what = (attribute.equals("class") ? element.getName() : attribute) + " " + element.getAttribute(attribute);
		try {
			Object created = element.createExecutableExtension(attribute);
			if (type.isInstance(created)) {
				return type.cast(created);
			}
			throw new BrokenContributionException(what + " does not implement " + type.getName());
		} catch (CoreException e) {
			throw new BrokenContributionException(what + " cannot be created: " + e.getStatus().getMessage(), e);
		}
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
	public Optional<InstrumentScorer> scorer() {
		return Optional.ofNullable(scorer);
	}

	@Override
	public List<ReportSection> reportSections() {
		return sections;
	}

	@Override
	public Instrument definition() {
		return EcoreUtil.copy(definition);
	}
}

package org.fulcrum.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;

/**
 * Reads the contributions to {@code org.fulcrum.assessment.instruments} once: each
 * definition is loaded to learn its name and version and to reject a broken one early.
 */
public final class InstrumentRegistry implements InstrumentCatalog {

	public static final String EXTENSION_POINT = "org.fulcrum.assessment.instruments";

	private final List<InstalledInstrument> instruments;
	private final List<String> problems;

	private InstrumentRegistry(List<InstalledInstrument> instruments, List<String> problems) {
		this.instruments = List.copyOf(instruments);
		this.problems = List.copyOf(problems);
	}

	public static InstrumentRegistry of(IExtensionRegistry registry) {
		Map<String, InstalledInstrument> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
				: registry.getConfigurationElementsFor(EXTENSION_POINT);
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			try {
				ContributedInstrument instrument = ContributedInstrument.read(element);
				InstalledInstrument earlier = byId.putIfAbsent(instrument.id(), instrument);
				if (earlier != null) {
					problems.add("plugin " + contributor + ": instrument id '" + instrument.id() + "' is already contributed by "
							+ earlier.contributor() + "; this one is left out");
				}
			} catch (BrokenContributionException e) {
				problems.add("plugin " + contributor + ": " + e.getMessage());
			}
		}
		List<InstalledInstrument> sorted = new ArrayList<>(byId.values());
		sorted.sort(Comparator.comparing(InstalledInstrument::name, String.CASE_INSENSITIVE_ORDER));
		return new InstrumentRegistry(sorted, problems);
	}

	@Override
	public List<InstalledInstrument> all() {
		return instruments;
	}

	@Override
	public Optional<InstalledInstrument> find(String id) {
		return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
	}

	@Override
	public List<String> problems() {
		return problems;
	}
}

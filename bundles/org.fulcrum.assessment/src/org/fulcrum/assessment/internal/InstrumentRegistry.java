package org.fulcrum.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.core.internal.extensions.ContributionsById;
import org.fulcrum.dropins.PluginProblems;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

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
		ContributionsById<InstalledInstrument> read = ContributionsById.read(registry, EXTENSION_POINT, "instrument",
				ContributedInstrument::read, BrokenContributionException.class, InstalledInstrument::id,
				InstalledInstrument::contributor, Comparator.comparing(InstalledInstrument::name, String.CASE_INSENSITIVE_ORDER));
		return new InstrumentRegistry(read.values(), read.problems());
	}

	/**
	 * The contributions of {@code registry}, with the problems of the plugins meant for Fulcrum in
	 * the running framework that contribute nothing at all (not resolved, plugin.xml ignored or
	 * malformed, an unknown extension point, a dropin that is no plugin) listed first.
	 */
	public static InstrumentRegistry installed(IExtensionRegistry registry) {
		InstrumentRegistry contributed = of(registry);
		Bundle self = FrameworkUtil.getBundle(InstrumentRegistry.class);
		List<String> problems = new ArrayList<>(PluginProblems.of(self == null ? null : self.getBundleContext(), registry));
		problems.addAll(contributed.problems);
		return new InstrumentRegistry(contributed.instruments, problems);
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

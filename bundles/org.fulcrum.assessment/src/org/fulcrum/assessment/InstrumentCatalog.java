package org.fulcrum.assessment;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.RegistryFactory;
import org.fulcrum.assessment.internal.InstrumentRegistry;

/**
 * The instruments installed in this Fulcrum, as plugins contribute them. A contribution that
 * cannot be read is left out and listed in {@link #problems()}, naming the plugin and the fault.
 */
public interface InstrumentCatalog {

	/** The instruments of the running platform's extension registry. */
	static InstrumentCatalog installed() {
		return InstrumentRegistry.installed(RegistryFactory.getRegistry());
	}

	/** Every readable instrument, ordered by name. */
	List<InstalledInstrument> all();

	Optional<InstalledInstrument> find(String id);

	/**
	 * Why contributions were left out, one line each, e.g. {@code plugin x: instrument/y.xmi:4:3: the
	 * scale's minimum (5) must be below its maximum (1)}; for {@link #installed()} also the plugins
	 * meant for Fulcrum that contribute nothing (not resolved, plugin.xml ignored or malformed, an
	 * unknown extension point, a dropin that is no plugin).
	 */
	List<String> problems();
}

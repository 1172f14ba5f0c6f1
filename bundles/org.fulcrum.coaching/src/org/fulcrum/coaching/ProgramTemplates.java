package org.fulcrum.coaching;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.RegistryFactory;
import org.fulcrum.coaching.internal.TemplateRegistry;

/**
 * The program templates installed in this Fulcrum. A contribution that cannot be read is left
 * out and named in {@link #problems()}.
 */
public interface ProgramTemplates {

	/** The templates of the running platform's extension registry. */
	static ProgramTemplates installed() {
		return TemplateRegistry.of(RegistryFactory.getRegistry());
	}

	/** Every readable template, ordered by name. */
	List<ProgramTemplate> all();

	Optional<ProgramTemplate> find(String id);

	/** Why contributions were left out, one line each, naming the plugin. */
	List<String> problems();
}

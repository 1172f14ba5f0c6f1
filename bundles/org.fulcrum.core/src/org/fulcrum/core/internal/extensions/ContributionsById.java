package org.fulcrum.core.internal.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The contributions to one of Fulcrum's extension points, each read into a value with an id. The
 * first contribution of an id is kept; a later one with the same id, and one that cannot be read,
 * are left out and named in {@link #problems()} ("plugin X: …"), so one broken plugin never takes
 * the others down with it.
 *
 * @param <T> what a contribution is read into
 */
public final class ContributionsById<T> {

	/** Reads one element, or throws {@code X} saying what is wrong with it. */
	@FunctionalInterface
	public interface Reader<T, X extends Exception> {
		T read(IConfigurationElement element) throws X;
	}

	private final List<T> values;
	private final List<String> problems;

	private ContributionsById(List<T> values, List<String> problems) {
		this.values = List.copyOf(values);
		this.problems = List.copyOf(problems);
	}

	/**
	 * @param kind what a contribution is, for the problems, e.g. "instrument"
	 * @param broken the exception {@code reader} throws for a broken contribution; any other propagates
	 * @param order the order of {@link #values()}
	 */
	public static <T, X extends Exception> ContributionsById<T> read(IExtensionRegistry registry, String point, String kind,
			Reader<T, X> reader, Class<X> broken, Function<T, String> id, Function<T, String> contributor, Comparator<T> order) {
		Map<String, T> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
				: registry.getConfigurationElementsFor(point);
		for (IConfigurationElement element : elements) {
			String plugin = element.getContributor().getName();
			T value;
			try {
				value = reader.read(element);
			} catch (Exception e) {
				if (!broken.isInstance(e)) {
					throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
				}
				problems.add("plugin " + plugin + ": " + e.getMessage());
				continue;
			}
			T earlier = byId.putIfAbsent(id.apply(value), value);
			if (earlier != null) {
				problems.add("plugin " + plugin + ": " + kind + " id '" + id.apply(value) + "' is already contributed by "
						+ contributor.apply(earlier) + "; this one is left out");
			}
		}
		List<T> sorted = new ArrayList<>(byId.values());
		sorted.sort(order);
		return new ContributionsById<>(sorted, problems);
	}

	/** The readable contributions, one per id, in the order asked for. */
	public List<T> values() {
		return values;
	}

	/** Why contributions were left out, one line each. */
	public List<String> problems() {
		return problems;
	}
}

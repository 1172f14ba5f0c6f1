package org.fulcrum.dropins.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** What this start-up's reconciliation of the dropins folder did, for {@link org.fulcrum.dropins.PluginProblems}. */
public final class DropinRecords {

	private static final Map<String, String> REFUSED = Collections.synchronizedMap(new LinkedHashMap<>());
	private static final Set<String> LOCATIONS = Collections.synchronizedSet(new LinkedHashSet<>());

	private DropinRecords() {
	}

	static void refused(String location, String file, String reason) {
		REFUSED.put(location, "dropin " + file + ": not a plugin Fulcrum can use: "
				+ (reason == null ? "" : reason.replaceAll("\\s+", " ").strip()));
	}

	/** Forgets what an earlier reconciliation of the folder at {@code folderUri} recorded. */
	static void forget(String folderUri) {
		synchronized (REFUSED) {
			REFUSED.keySet().removeIf(location -> location.contains(folderUri));
		}
		synchronized (LOCATIONS) {
			LOCATIONS.removeIf(location -> location.contains(folderUri));
		}
	}

	static void installed(String location) {
		LOCATIONS.add(location);
	}

	/** The jars of the folder that could not be installed, with the framework's reason. */
	public static List<String> refused() {
		synchronized (REFUSED) {
			return List.copyOf(REFUSED.values());
		}
	}

	/** Whether a bundle's location is a jar of the dropins folder. */
	public static boolean isDropin(String location) {
		return LOCATIONS.contains(location);
	}
}

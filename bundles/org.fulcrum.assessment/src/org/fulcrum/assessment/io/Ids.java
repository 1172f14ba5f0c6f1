package org.fulcrum.assessment.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Identified;

/** The identified objects of an engagement by id, without walking its responses. */
final class Ids {

	private Ids() {
	}

	static Map<String, Identified> of(Engagement engagement) {
		Map<String, Identified> ids = new HashMap<>();
		ids.put(engagement.getId(), engagement);
		for (TreeIterator<EObject> all = engagement.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof Identified identified && identified.getId() != null) {
				ids.putIfAbsent(identified.getId(), identified);
			}
			if (next instanceof org.fulcrum.model.RaterInvitation) {
				all.prune();
			}
		}
		return ids;
	}

	/** Hands out ids not yet in {@code ids}: {@code prefix-1}, {@code prefix-2}…, remembering where each prefix got to. */
	static final class Sequence {
		private final Map<String, ? extends Object> ids;
		private final Map<String, Integer> next = new HashMap<>();

		Sequence(Map<String, ? extends Object> ids) {
			this.ids = ids;
		}

		/** {@code preferred} itself when free, else the next {@code preferred-n}. */
		String fresh(String preferred) {
			if (!ids.containsKey(preferred) && !next.containsKey(preferred)) {
				next.put(preferred, 1);
				return preferred;
			}
			return numbered(preferred);
		}

		String numbered(String prefix) {
			for (int n = next.getOrDefault(prefix, 1);; n++) {
				String id = prefix + "-" + n;
				if (!ids.containsKey(id)) {
					next.put(prefix, n + 1);
					return id;
				}
			}
		}
	}
}

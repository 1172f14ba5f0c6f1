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

	/** An id not yet in {@code ids}: {@code prefix-1}, {@code prefix-2}… */
	static String fresh(Map<String, ?> ids, String prefix) {
		for (int n = ids.size() + 1;; n++) {
			String id = prefix + "-" + n;
			if (!ids.containsKey(id)) {
				return id;
			}
		}
	}
}

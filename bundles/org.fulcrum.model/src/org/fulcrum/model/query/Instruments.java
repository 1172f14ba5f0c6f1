package org.fulcrum.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Instrument;

/** Reading an instrument's dimension tree. */
public final class Instruments {

	private Instruments() {
	}

	/** Every behaviour item in document order: a dimension's sub-dimensions come before its own items. */
	public static List<BehaviourItem> items(Instrument instrument) {
		List<BehaviourItem> items = new ArrayList<>();
		for (TreeIterator<EObject> all = instrument.eAllContents(); all.hasNext();) {
			if (all.next() instanceof BehaviourItem item) {
				items.add(item);
			}
		}
		return items;
	}

	/** The dimension with this id, at any depth. */
	public static Optional<Dimension> dimension(Instrument instrument, String id) {
		for (TreeIterator<EObject> all = instrument.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Dimension dimension && id.equals(dimension.getId())) {
				return Optional.of(dimension);
			}
		}
		return Optional.empty();
	}
}

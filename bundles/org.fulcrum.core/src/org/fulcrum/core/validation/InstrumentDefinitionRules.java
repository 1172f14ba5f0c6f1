package org.fulcrum.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Identified;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.ScaleAnchor;

/**
 * What makes an instrument usable, checked alike where a plugin's definition is loaded (the
 * instrument registry) and where an engagement is validated: a {@code <scale>} with minimum below
 * maximum and its anchors on it, at least one dimension, no dimension without items or
 * sub-dimensions, an id on every dimension and item, each id once in the instrument.
 */
public final class InstrumentDefinitionRules {

	/**
	 * One fault of a definition: the object it is about (to locate it in a file), what to do, and
	 * whether it is about a missing or repeated id (which an engagement's own id rule reports already).
	 */
	public record Fault(EObject about, String message, boolean aboutIds) {
		Fault(EObject about, String message) {
			this(about, message, false);
		}
	}

	private InstrumentDefinitionRules() {
	}

	/** Every fault of {@code instrument}, in document order; empty when it is usable. */
	public static List<Fault> check(Instrument instrument) {
		List<Fault> faults = new ArrayList<>();
		checkScale(instrument, faults);
		if (instrument.getDimensions().isEmpty()) {
			faults.add(new Fault(instrument, "the instrument has no dimension: add at least one <dimensions> with items"));
		}
		Map<String, Identified> seen = new HashMap<>();
		for (TreeIterator<EObject> all = instrument.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof Dimension dimension) {
				checkDimension(dimension, seen, faults);
			} else if (next instanceof BehaviourItem item) {
				checkId(item, "item" + (item.getText() == null ? "" : " '" + item.getText() + "'"), seen, faults);
			}
		}
		return faults;
	}

	private static void checkScale(Instrument instrument, List<Fault> faults) {
		RatingScale scale = instrument.getScale();
		if (scale == null) {
			faults.add(new Fault(instrument, "the instrument has no <scale>: add one, e.g. <scale minimum=\"1\" maximum=\"5\"/>"));
			return;
		}
		if (scale.getMinimum() >= scale.getMaximum()) {
			faults.add(new Fault(scale, "the scale's minimum (" + scale.getMinimum() + ") must be below its maximum ("
					+ scale.getMaximum() + ")"));
		}
		Set<Integer> anchored = new HashSet<>();
		for (ScaleAnchor anchor : scale.getAnchors()) {
			if (anchor.getValue() < scale.getMinimum() || anchor.getValue() > scale.getMaximum()) {
				faults.add(new Fault(anchor, "the anchor " + anchor.getValue() + (anchor.getLabel() == null ? "" : " '" + anchor.getLabel() + "'")
						+ " is off the scale " + scale.getMinimum() + "-" + scale.getMaximum()));
			} else if (!anchored.add(anchor.getValue())) {
				faults.add(new Fault(anchor, "the scale has two anchors for " + anchor.getValue() + ": keep one"));
			}
		}
	}

	private static void checkDimension(Dimension dimension, Map<String, Identified> seen, List<Fault> faults) {
		String label = "dimension" + (dimension.getName() == null ? "" : " '" + dimension.getName() + "'");
		checkId(dimension, label, seen, faults);
		if (dimension.getItems().isEmpty() && dimension.getChildren().isEmpty()) {
			faults.add(new Fault(dimension, "the " + label + (dimension.getId() == null ? "" : " (" + dimension.getId() + ")")
					+ " has no items and no sub-dimensions: add items or remove it"));
		}
	}

	private static void checkId(Identified object, String label, Map<String, Identified> seen, List<Fault> faults) {
		String id = object.getId();
		if (id == null || id.isBlank()) {
			faults.add(new Fault(object, (label.startsWith("item") ? "an " : "a ") + label + " has no id: give it one that is unique in the instrument", true));
			return;
		}
		if (seen.putIfAbsent(id, object) != null) {
			faults.add(new Fault(object, "the id '" + id + "' is used twice in the instrument (again by this " + label
					+ "): ids must be unique", true));
		}
	}
}

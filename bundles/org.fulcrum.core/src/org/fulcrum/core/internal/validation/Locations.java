package org.fulcrum.core.internal.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Identified;

/** Where an object sits in its engagement, e.g. {@code assessment A-pm-dvorak / rater invitation INV-0007 / responses[12]}. */
public final class Locations {

	private Locations() {
	}

	public static String of(EObject object) {
		if (object == null) {
			return "engagement";
		}
		Deque<String> segments = new ArrayDeque<>();
		for (EObject current = object; current != null && !(current instanceof Engagement); current = current.eContainer()) {
			segments.push(segment(current));
		}
		return segments.isEmpty() ? "engagement" : String.join(" / ", segments);
	}

	private static String segment(EObject object) {
		if (object instanceof Identified identified && identified.getId() != null && !identified.getId().isEmpty()) {
			return Labels.kind(object) + " " + identified.getId();
		}
		if (object.eContainmentFeature() != null && object.eContainmentFeature().isMany()) {
			List<?> siblings = (List<?>) object.eContainer().eGet(object.eContainmentFeature());
			return object.eContainmentFeature().getName() + "[" + (siblings.indexOf(object) + 1) + "]";
		}
		return object.eContainmentFeature() == null ? Labels.kind(object) : object.eContainmentFeature().getName();
	}
}

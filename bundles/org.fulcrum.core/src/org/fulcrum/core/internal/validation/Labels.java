package org.fulcrum.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.Action;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Identified;
import org.fulcrum.model.Person;

/** How messages name things: people by name, items by text and id, the rest by kind and id. */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject object) {
		if (object == null) {
			return "(nothing)";
		}
		if (object instanceof Person person) {
			return person.getName() != null ? person.getName() : "person " + person.getId();
		}
		if (object instanceof BehaviourItem item) {
			return "'" + item.getText() + "' (" + item.getId() + ")";
		}
		if (object instanceof Assessment assessment) {
			return "the " + (assessment.getRound() == null ? "" : assessment.getRound() + " ") + "assessment of "
					+ of(assessment.getSubject()) + " (" + assessment.getId() + ")";
		}
		if (object instanceof Action action && action.getWhat() != null) {
			return "action '" + action.getWhat() + "'";
		}
		return kind(object) + (object instanceof Identified identified && identified.getId() != null ? " " + identified.getId() : "");
	}

	/** The class name in words: {@code RaterInvitation} gives {@code rater invitation}. */
	static String kind(EObject object) {
		return object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}
}

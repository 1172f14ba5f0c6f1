package org.fulcrum.repository.internal;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fulcrum.repository.internal.Units.Unit;

/**
 * Objects and changes in words for people: "participant P3 (Ada Lovelace)", "the responses of
 * rater invitation I3.2". Names and titles only; never an answer, a comment's text or a token.
 */
public final class Words {

	private static final Map<String, String[]> CLASSES = Map.ofEntries(Map.entry("PartnerManager", new String[] { "participant", "participants" }),
			Map.entry("Person", new String[] { "person", "people" }), Map.entry("Assessment", new String[] { "assessment", "assessments" }),
			Map.entry("RaterInvitation", new String[] { "rater invitation", "rater invitations" }),
			Map.entry("DevelopmentPlan", new String[] { "development plan", "development plans" }),
			Map.entry("CoachingProgram", new String[] { "coaching program", "coaching programs" }),
			Map.entry("CoachingSession", new String[] { "coaching session", "coaching sessions" }),
			Map.entry("PartnerCoachingSession", new String[] { "partner coaching session", "partner coaching sessions" }),
			Map.entry("PartnerIssue", new String[] { "partner issue", "partner issues" }),
			Map.entry("PartnerOrganization", new String[] { "partner", "partners" }), Map.entry("Instrument", new String[] { "instrument", "instruments" }),
			Map.entry("Dimension", new String[] { "dimension", "dimensions" }), Map.entry("BehaviourItem", new String[] { "item", "items" }),
			Map.entry("Goal", new String[] { "goal", "goals" }), Map.entry("Action", new String[] { "action", "actions" }));

	private Words() {
	}

	/** The class in words, singular or plural. */
	public static String kind(String className, boolean plural) {
		String[] words = CLASSES.get(className);
		if (words != null) {
			return words[plural ? 1 : 0];
		}
		String spaced = className.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return plural ? spaced + "s" : spaced;
	}

	/** A unit or object by its key, with its name or title where it has one. */
	public static String describe(String key, EObject object) {
		if (key == null) {
			return object == null ? "an object without id" : "a " + kind(object.eClass().getName(), false) + " without id";
		}
		if (Units.isList(key)) {
			String owner = Units.listOwner(key);
			EObject ownerObject = object != null && Units.key(object) != null && Units.key(object).equals(owner) ? object : null;
			return "the " + Units.listFeature(key).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + " of "
					+ describe(owner, ownerObject);
		}
		if (key.equals(Units.ROOT)) {
			return "the engagement's own settings";
		}
		int colon = key.indexOf(':');
		String text = kind(key.substring(0, colon), false) + " " + key.substring(colon + 1);
		String name = object == null ? null : name(object);
		return name == null ? text : text + " (" + name + ")";
	}

	/** The name or title of an object, if its class has one. */
	public static String name(EObject object) {
		for (String feature : new String[] { "name", "title" }) {
			EStructuralFeature named = object.eClass().getEStructuralFeature(feature);
			if (named != null && object.eGet(named) instanceof String text && !text.isBlank()) {
				return text.length() > 60 ? text.substring(0, 60) + "…" : text;
			}
		}
		return null;
	}

	/** A unit both sides changed differently. */
	public static String conflict(String key, Unit base, Unit mine, Unit theirs) {
		EObject object = mine != null ? mine.owner() : theirs != null ? theirs.owner() : base.owner();
		String what;
		if (base == null) {
			what = "added by me and by them, differently";
		} else if (mine == null) {
			what = "removed by me, changed by them";
		} else if (theirs == null) {
			what = "changed by me, removed by them";
		} else {
			what = "changed by me and by them";
		}
		return describe(key, object) + ": " + what;
	}
}

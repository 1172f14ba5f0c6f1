package org.fulcrum.repository.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Identified;

/**
 * An engagement seen as the units that compare and merge work on (docs/server.md, "the merge
 * rule"): each object with an id ({@link Identified}) is a unit — its own attributes, its
 * references (by the ids of their targets) and where it sits (its container and list) — and the
 * objects without an id that an identified object holds in one containment list (an invitation's
 * responses, an assessment's comments, the engagement's releases, a plan's focus areas with their
 * goals) form one unit together with everything inside them. An object is known by its class and
 * id: {@code PartnerManager:P3}; the engagement itself is {@value #ROOT}.
 */
public final class Units {

	public static final String ROOT = "engagement";

	/**
	 * Between a list unit's owner key and its feature: a character no id can hold (XML 1.0 cannot
	 * carry it, and an engagement must read back from its XMI), so ids with any other text are safe.
	 */
	public static final char LIST = '\u001f';

	/** Whether {@code key} is a list unit's. */
	public static boolean isList(String key) {
		return key.indexOf(LIST) >= 0;
	}

	/** The owner's key of a list unit's key. */
	public static String listOwner(String key) {
		return key.substring(0, key.lastIndexOf(LIST));
	}

	/** The feature's name of a list unit's key. */
	public static String listFeature(String key) {
		return key.substring(key.lastIndexOf(LIST) + 1);
	}

	/** One unit: an identified object ({@code feature} null) or one containment list of {@code owner}. */
	public record Unit(String key, EObject owner, EStructuralFeature feature, byte[] digest) {
		public boolean isObject() {
			return feature == null;
		}

		/** The key of the object the unit belongs to. */
		public String ownerKey() {
			return feature == null ? key : listOwner(key);
		}

		boolean sameAs(Unit other) {
			return other != null && Arrays.equals(digest, other.digest);
		}
	}

	private final Map<String, Unit> units = new LinkedHashMap<>();
	private final Map<String, EObject> objects = new HashMap<>();
	private final Set<String> duplicates = new LinkedHashSet<>();
	private final MessageDigest sha;
	private final StringBuilder text = new StringBuilder(4096);

	private Units() {
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	public static Units of(Engagement engagement) {
		Units units = new Units();
		units.visit(engagement, ROOT);
		return units;
	}

	public Map<String, Unit> units() {
		return units;
	}

	public Unit unit(String key) {
		return units.get(key);
	}

	/** Every identified object (also those inside a list unit) by key. */
	public Map<String, EObject> objects() {
		return objects;
	}

	/** Keys that more than one object has (a merge cannot tell them apart). */
	public Set<String> duplicates() {
		return duplicates;
	}

	/** Whether the unit differs between two sides (a unit missing on one side differs from one present). */
	public static boolean differs(Unit a, Unit b) {
		return a == null ? b != null : !a.sameAs(b);
	}

	/** The key of an object with an id (or the engagement); null for one without. */
	public static String key(EObject object) {
		if (object instanceof Engagement && object.eContainer() == null) {
			return ROOT;
		}
		if (object instanceof Identified identified && identified.getId() != null && !identified.getId().isEmpty()) {
			return object.eClass().getName() + ":" + identified.getId();
		}
		return null;
	}

	private void visit(EObject object, String key) {
		if (objects.putIfAbsent(key, object) != null) {
			duplicates.add(key);
			return;
		}
		text.setLength(0);
		EObject container = object.eContainer();
		if (container != null) {
			text.append(key(container)).append('.').append(object.eContainingFeature().getName());
		}
		text.append('\n');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!(feature instanceof EReference reference && reference.isContainment())) {
				appendFeature(object, feature);
			}
		}
		units.put(key, new Unit(key, object, null, digest()));
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (skipped(containment)) {
				continue;
			}
			List<EObject> unidentified = new ArrayList<>();
			for (EObject child : children(object, containment)) {
				String childKey = key(child);
				if (childKey != null) {
					visit(child, childKey);
				} else {
					unidentified.add(child);
				}
			}
			if (!unidentified.isEmpty()) {
				text.setLength(0);
				for (EObject child : unidentified) {
					appendDeep(child);
				}
				String listKey = key + LIST + containment.getName();
				units.put(listKey, new Unit(listKey, object, containment, digest()));
			}
		}
	}

	/** An object without id with everything inside it; identified objects inside are indexed for references. */
	private void appendDeep(EObject object) {
		String key = key(object);
		if (key != null && objects.putIfAbsent(key, object) != null) {
			duplicates.add(key);
		}
		text.append('{').append(object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (!skipped(feature)) {
					text.append(' ').append(feature.getName()).append('[');
					for (EObject child : children(object, reference)) {
						appendDeep(child);
					}
					text.append(']');
				}
			} else {
				appendFeature(object, feature);
			}
		}
		text.append('}');
	}

	private void appendFeature(EObject object, EStructuralFeature feature) {
		if (skipped(feature)) {
			return;
		}
		text.append(' ').append(feature.getName()).append('=');
		for (Object value : values(object, feature)) {
			if (feature instanceof EAttribute attribute) {
				text.append(value == null ? "\u0000" : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
			} else {
				String target = key((EObject) value);
				text.append(target == null ? "?" + ((EObject) value).eClass().getName() : target);
			}
			text.append('\u001f');
		}
	}

	public static boolean skipped(EStructuralFeature feature) {
		return feature.isDerived() || feature.isTransient() || !feature.isChangeable()
				|| feature instanceof EReference reference && reference.isContainer();
	}

	@SuppressWarnings("unchecked")
	public static List<Object> values(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			return (List<Object>) value;
		}
		return value == null && feature instanceof EReference ? List.of() : Arrays.asList(value);
	}

	@SuppressWarnings("unchecked")
	public static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private byte[] digest() {
		return sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
	}
}

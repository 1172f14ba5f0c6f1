package org.fulcrum.repository;

import java.util.ArrayList;
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
import org.fulcrum.repository.internal.Units;
import org.fulcrum.repository.internal.Units.Unit;
import org.fulcrum.repository.internal.Words;

/**
 * Merges my changes and theirs, both made from one base version (docs/server.md, "the merge
 * rule"). The engagement is cut into units ({@link Units}: each object with an id, and each list
 * of objects without ids with what is inside them). A unit changed on one side only takes that
 * side's state; a unit changed on both sides to different states is a conflict, and so is a
 * change that depends on an object the other side removed. Any conflict means no merge: the
 * result lists the conflicting objects in words and nothing is merged half. A merge is checked
 * before it is returned: every unit must hold exactly the state the rule gives it, or the merge
 * is refused, so no change is ever dropped silently. The order of lists is theirs, with objects
 * I added at the end.
 */
public final class ThreeWayMerge {

	/** A merged engagement (a new model; the inputs are not changed), or the conflicts that prevent one. */
	public record Result(Engagement engagement, List<String> conflicts) {
		public boolean merged() {
			return conflicts.isEmpty();
		}
	}

	private ThreeWayMerge() {
	}

	public static Result merge(Engagement base, Engagement mine, Engagement theirs) {
		Units b = Units.of(base);
		Units m = Units.of(mine);
		Units t = Units.of(theirs);
		Set<String> conflicts = new LinkedHashSet<>();
		for (Units side : List.of(b, m, t)) {
			for (String key : side.duplicates()) {
				conflicts.add(Words.describe(key, side.objects().get(key)) + ": its id is used twice, so changes to it cannot be told apart");
			}
		}
		Set<String> keys = new LinkedHashSet<>(t.units().keySet());
		keys.addAll(m.units().keySet());
		keys.addAll(b.units().keySet());
		List<String> mineOnly = new ArrayList<>();
		for (String key : keys) {
			Unit inBase = b.unit(key);
			Unit inMine = m.unit(key);
			Unit inTheirs = t.unit(key);
			boolean mineChanged = Units.differs(inBase, inMine);
			boolean theirsChanged = Units.differs(inBase, inTheirs);
			if (mineChanged && theirsChanged && Units.differs(inMine, inTheirs)) {
				conflicts.add(Words.conflict(key, inBase, inMine, inTheirs));
			} else if (mineChanged && !theirsChanged) {
				mineOnly.add(key);
			}
		}
		if (!conflicts.isEmpty()) {
			return new Result(null, List.copyOf(conflicts));
		}
		Engagement merged = EcoreUtil.copy(theirs);
		if (!mineOnly.isEmpty()) {
			new Applier(m, merged, conflicts).apply(mineOnly);
		}
		if (conflicts.isEmpty()) {
			verify(b, m, t, merged, conflicts);
		}
		return conflicts.isEmpty() ? new Result(merged, List.of()) : new Result(null, List.copyOf(conflicts));
	}

	/** Every unit of the merge must be what the rule says: mine where only I changed it, else theirs. */
	private static void verify(Units b, Units m, Units t, Engagement merged, Set<String> conflicts) {
		Units result = Units.of(merged);
		Set<String> keys = new LinkedHashSet<>(t.units().keySet());
		keys.addAll(m.units().keySet());
		keys.addAll(result.units().keySet());
		for (String key : keys) {
			Unit expected = Units.differs(b.unit(key), m.unit(key)) ? m.unit(key) : t.unit(key);
			if (Units.differs(expected, result.unit(key))) {
				Unit any = expected != null ? expected : result.unit(key);
				conflicts.add(Words.describe(key, any.owner()) + ": my change and theirs depend on each other (e.g. one side removed what the other changed or refers to)");
			}
		}
		for (java.util.Iterator<EObject> all = merged.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (Units.skipped(reference) || reference.isContainment()) {
					continue;
				}
				for (Object target : Units.values(object, reference)) {
					if (EcoreUtil.getRootContainer((EObject) target) != merged) {
						EObject owner = object;
						while (Units.key(owner) == null) {
							owner = owner.eContainer();
						}
						conflicts.add(Words.describe(Units.key(owner), owner) + ": refers to " + Words.describe(Units.key((EObject) target), (EObject) target)
								+ ", which the other side removed");
					}
				}
			}
		}
	}

	/** Carries the units only I changed into a copy of theirs. */
	private static final class Applier {

		private final Units mine;
		private final Engagement merged;
		private final Map<String, EObject> index;
		private final Set<String> conflicts;
		private final EcoreUtil.Copier copier = new EcoreUtil.Copier();
		/** Objects with ids inside a replaced list, old to new, so that references to them follow (a session's goal in a plan's focus areas). */
		private final Map<EObject, EObject> replaced = new java.util.HashMap<>();

		Applier(Units mine, Engagement merged, Set<String> conflicts) {
			this.mine = mine;
			this.merged = merged;
			this.index = Units.of(merged).objects();
			this.conflicts = conflicts;
		}

		void apply(List<String> keys) {
			List<Unit> objects = new ArrayList<>();
			List<String> removed = new ArrayList<>();
			List<String> lists = new ArrayList<>();
			for (String key : keys) {
				Unit unit = mine.unit(key);
				if (unit == null) {
					if (Units.isList(key)) {
						lists.add(key);
					} else {
						removed.add(key);
					}
				} else if (unit.isObject()) {
					objects.add(unit);
				} else {
					lists.add(key);
				}
			}
			// New objects first, so that lists, places and references can find them.
			for (Unit unit : objects) {
				if (!index.containsKey(unit.key())) {
					EObject shell = EcoreUtil.create(unit.owner().eClass());
					((Identified) shell).setId(((Identified) unit.owner()).getId());
					index.put(unit.key(), shell);
				}
			}
			for (String key : lists) {
				replaceList(key);
			}
			for (Unit unit : objects) {
				place(unit);
			}
			for (Unit unit : objects) {
				copyFeatures(unit.owner(), index.get(unit.key()));
			}
			for (Map.Entry<EObject, EObject> copied : copier.entrySet()) {
				copyReferences(copied.getKey(), copied.getValue());
			}
			for (String key : removed) {
				EObject object = index.get(key);
				if (object != null && object.eContainer() != null) {
					EcoreUtil.remove(object);
				}
			}
			if (!replaced.isEmpty()) {
				repoint();
			}
		}

		/** References of the merge to an object of a replaced list now go to its copy of the same key. */
		@SuppressWarnings("unchecked")
		private void repoint() {
			for (java.util.Iterator<EObject> all = merged.eAllContents(); all.hasNext();) {
				EObject object = all.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (Units.skipped(reference) || reference.isContainment()) {
						continue;
					}
					if (reference.isMany()) {
						List<EObject> targets = (List<EObject>) object.eGet(reference);
						for (int i = 0; i < targets.size(); i++) {
							EObject now = replaced.get(targets.get(i));
							if (now != null) {
								targets.set(i, now);
							}
						}
					} else {
						EObject now = replaced.get(object.eGet(reference));
						if (now != null) {
							object.eSet(reference, now);
						}
					}
				}
			}
		}

		/** A list unit: its objects become copies of mine (an emptied list where mine has none). */
		@SuppressWarnings("unchecked")
		private void replaceList(String key) {
			String ownerKey = Units.listOwner(key);
			EObject ownerInMine = mine.objects().get(ownerKey);
			EObject owner = index.get(ownerKey);
			if (ownerInMine == null) {
				return; // the owner is gone on my side: its removal carries the list away
			}
			if (owner == null) {
				conflicts.add(Words.describe(key, ownerInMine) + ": changed by me, but its owner was removed by them");
				return;
			}
			EReference feature = (EReference) ownerInMine.eClass().getEStructuralFeature(Units.listFeature(key));
			Map<String, EObject> old = new java.util.HashMap<>();
			for (EObject child : Units.children(owner, feature)) {
				if (Units.key(child) == null) {
					for (java.util.Iterator<EObject> inside = EcoreUtil.getAllProperContents(java.util.List.of(child), false); inside.hasNext();) {
						EObject object = inside.next();
						if (Units.key(object) != null) {
							old.put(Units.key(object), object);
						}
					}
				}
			}
			List<EObject> copies = new ArrayList<>();
			for (EObject child : Units.children(ownerInMine, feature)) {
				if (Units.key(child) == null) {
					EObject copy = copier.copy(child);
					copies.add(copy);
					for (java.util.Iterator<EObject> inside = copy.eAllContents(); inside.hasNext();) {
						EObject object = inside.next();
						String insideKey = Units.key(object);
						if (insideKey != null) {
							index.put(insideKey, object);
							if (old.containsKey(insideKey)) {
								replaced.put(old.get(insideKey), object);
							}
						}
					}
					String copyKey = Units.key(copy);
					if (copyKey != null) {
						index.put(copyKey, copy);
					}
				}
			}
			if (feature.isMany()) {
				List<EObject> list = (List<EObject>) owner.eGet(feature);
				list.removeIf(child -> Units.key(child) == null);
				list.addAll(copies);
			} else if (Units.key((EObject) owner.eGet(feature)) == null) {
				owner.eSet(feature, copies.isEmpty() ? null : copies.get(0));
			}
		}

		/** Puts an object where it is on my side: in the same container and list, at the end if it moves or is new. */
		@SuppressWarnings("unchecked")
		private void place(Unit unit) {
			EObject target = index.get(unit.key());
			EObject containerInMine = unit.owner().eContainer();
			if (containerInMine == null) {
				return; // the engagement
			}
			String containerKey = Units.key(containerInMine);
			EObject container = containerKey == null ? null : index.get(containerKey);
			if (container == null) {
				conflicts.add(Words.describe(unit.key(), unit.owner()) + ": changed or added by me inside "
						+ Words.describe(containerKey, containerInMine) + ", which they removed");
				return;
			}
			EReference feature = unit.owner().eContainmentFeature();
			if (target.eContainer() == container && target.eContainmentFeature() == feature) {
				return;
			}
			if (feature.isMany()) {
				((List<EObject>) container.eGet(feature)).add(target);
			} else {
				container.eSet(feature, target);
			}
		}

		/** My attribute values and references (to the merge's objects of the same keys). */
		private void copyFeatures(EObject source, EObject target) {
			for (EStructuralFeature feature : source.eClass().getEAllStructuralFeatures()) {
				if (Units.skipped(feature) || feature instanceof EReference reference && reference.isContainment()) {
					continue;
				}
				if (feature instanceof EAttribute) {
					target.eSet(feature, source.eGet(feature));
				} else {
					setReference(source, target, (EReference) feature);
				}
			}
		}

		private void copyReferences(EObject source, EObject target) {
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (!Units.skipped(reference) && !reference.isContainment()) {
					setReference(source, target, reference);
				}
			}
		}

		@SuppressWarnings("unchecked")
		private void setReference(EObject source, EObject target, EReference reference) {
			List<EObject> targets = new ArrayList<>();
			for (Object value : Units.values(source, reference)) {
				EObject original = (EObject) value;
				EObject mapped = copier.get(original);
				if (mapped == null) {
					String key = Units.key(original);
					mapped = key == null ? null : index.get(key);
				}
				if (mapped == null) {
					conflicts.add(Words.describe(Units.key(source) != null ? Units.key(source) : Units.key(source.eContainer()), source) + ": refers to "
							+ Words.describe(Units.key(original), original) + ", which they removed");
					return;
				}
				targets.add(mapped);
			}
			if (reference.isMany()) {
				List<EObject> list = (List<EObject>) target.eGet(reference);
				if (!list.equals(targets)) {
					list.clear();
					list.addAll(targets);
				}
			} else {
				target.eSet(reference, targets.isEmpty() ? null : targets.get(0));
			}
		}
	}

	/** For tests and tools: whether two engagements are equal as models (EMF's structural equality). */
	public static boolean equal(Engagement a, Engagement b) {
		return EcoreUtil.equals(a, b);
	}
}

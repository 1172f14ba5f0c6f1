package org.fulcrum.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.repository.internal.Units;
import org.fulcrum.repository.internal.Units.Unit;
import org.fulcrum.repository.internal.Words;

/**
 * What changed between two versions, in words: objects added, removed and changed by kind
 * (participants, people, rounds, assessments, rater invitations, releases, plans, …) with the
 * names of the fields that changed, and the responses and comments counted per participant.
 * Never a value of an answer, a comment's text or a token.
 */
public final class VersionComparison {

	private static final int LISTED = 10;
	private static final Set<String> COUNTED = Set.of("responses", "comments");

	private VersionComparison() {
	}

	public static List<String> compare(Engagement older, Engagement newer) {
		Units a = Units.of(older);
		Units b = Units.of(newer);
		List<String> lines = new ArrayList<>();
		Map<String, List<List<String>>> byKind = new LinkedHashMap<>();
		Set<String> keys = new java.util.LinkedHashSet<>(a.units().keySet());
		keys.addAll(b.units().keySet());
		List<String> lists = new ArrayList<>();
		for (String key : keys) {
			Unit before = a.unit(key);
			Unit after = b.unit(key);
			if (!Units.differs(before, after)) {
				continue;
			}
			if (Units.isList(key)) {
				if (!COUNTED.contains(Units.listFeature(key))) {
					lists.add(Words.describe(key, (after != null ? after : before).owner()) + listCounts(before, after));
				}
				continue;
			}
			if (key.equals(Units.ROOT)) {
				lines.add("The engagement: changed " + String.join(", ", changedFeatures(before.owner(), after.owner())));
				continue;
			}
			String kind = key.substring(0, key.indexOf(':'));
			List<List<String>> entries = byKind.computeIfAbsent(kind, k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
			if (before == null) {
				entries.get(0).add(label(key, after.owner()));
			} else if (after == null) {
				entries.get(1).add(label(key, before.owner()));
			} else {
				entries.get(2).add(label(key, after.owner()) + ": " + String.join(", ", changedFeatures(before.owner(), after.owner())));
			}
		}
		for (Map.Entry<String, List<List<String>>> kind : byKind.entrySet()) {
			List<String> parts = new ArrayList<>();
			String[] verbs = { "added", "removed", "changed" };
			for (int i = 0; i < 3; i++) {
				List<String> names = kind.getValue().get(i);
				if (!names.isEmpty()) {
					parts.add(names.size() + " " + verbs[i] + " (" + listed(names, i == 2 ? "; " : ", ") + ")");
				}
			}
			String title = Words.kind(kind.getKey(), true);
			lines.add(Character.toUpperCase(title.charAt(0)) + title.substring(1) + ": " + String.join(", ", parts));
		}
		rounds(older, newer, lines);
		for (String list : lists.subList(0, Math.min(lists.size(), LISTED))) {
			lines.add("Changed: " + list);
		}
		if (lists.size() > LISTED) {
			lines.add("Changed: and " + (lists.size() - LISTED) + " more lists");
		}
		responses(older, newer, lines);
		if (lines.isEmpty()) {
			lines.add("No differences.");
		}
		return lines;
	}

	private static String label(String key, EObject object) {
		String id = key.substring(key.indexOf(':') + 1);
		String name = Words.name(object);
		return name == null ? id : id + " " + name;
	}

	private static String listed(List<String> names, String separator) {
		String shown = String.join(separator, names.subList(0, Math.min(LISTED, names.size())));
		return names.size() > LISTED ? shown + separator + "and " + (names.size() - LISTED) + " more" : shown;
	}

	private static String listCounts(Unit before, Unit after) {
		int was = before == null ? 0 : Units.children(before.owner(), (EReference) before.feature()).stream().filter(o -> Units.key(o) == null).toList().size();
		int is = after == null ? 0 : Units.children(after.owner(), (EReference) after.feature()).stream().filter(o -> Units.key(o) == null).toList().size();
		return was == is ? " (" + is + ")" : " (" + was + " → " + is + ")";
	}

	/** The names of the fields (attributes, references, place) that differ; never their values. */
	private static List<String> changedFeatures(EObject before, EObject after) {
		List<String> changed = new ArrayList<>();
		EObject beforeContainer = before.eContainer();
		EObject afterContainer = after.eContainer();
		if (beforeContainer != null && afterContainer != null && !Objects.equals(Units.key(beforeContainer), Units.key(afterContainer))) {
			changed.add("moved");
		}
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (Units.skipped(feature) || feature instanceof EReference reference && reference.isContainment()
					|| before.eClass().getEStructuralFeature(feature.getName()) != feature) {
				continue;
			}
			if (!text(before, feature).equals(text(after, feature))) {
				changed.add(feature.getName());
			}
		}
		if (before.eClass() != after.eClass()) {
			changed.add("kind");
		}
		return changed.isEmpty() ? List.of("order or contents") : changed;
	}

	private static List<String> text(EObject object, EStructuralFeature feature) {
		List<String> values = new ArrayList<>();
		for (Object value : Units.values(object, feature)) {
			values.add(value instanceof EObject target ? String.valueOf(Units.key(target)) : String.valueOf(value));
		}
		return values;
	}

	private static void rounds(Engagement older, Engagement newer, List<String> lines) {
		Set<String> before = rounds(older);
		Set<String> after = rounds(newer);
		Set<String> added = new TreeSet<>(after);
		added.removeAll(before);
		Set<String> removed = new TreeSet<>(before);
		removed.removeAll(after);
		if (!added.isEmpty() || !removed.isEmpty()) {
			lines.add("Rounds: " + (added.isEmpty() ? "" : "added " + String.join(", ", added)) + (added.isEmpty() || removed.isEmpty() ? "" : "; ")
					+ (removed.isEmpty() ? "" : "removed " + String.join(", ", removed)));
		}
	}

	private static Set<String> rounds(Engagement engagement) {
		Set<String> rounds = new TreeSet<>();
		for (Assessment assessment : engagement.getAssessments()) {
			rounds.add(assessment.getRound() == null || assessment.getRound().isBlank() ? "(the first round)" : assessment.getRound());
		}
		return rounds;
	}

	/** Responses and comments counted per participant; only the participants whose counts changed. */
	private static void responses(Engagement older, Engagement newer, List<String> lines) {
		Map<String, int[]> before = counts(older);
		Map<String, int[]> after = counts(newer);
		Set<String> participants = new TreeSet<>(before.keySet());
		participants.addAll(after.keySet());
		List<String> changed = new ArrayList<>();
		for (String participant : participants) {
			int[] was = before.getOrDefault(participant, new int[2]);
			int[] is = after.getOrDefault(participant, new int[2]);
			if (was[0] != is[0] || was[1] != is[1]) {
				changed.add(participant + ": " + count(was[0], is[0], "responses") + (was[1] == is[1] ? "" : ", " + count(was[1], is[1], "comments")));
			}
		}
		if (!changed.isEmpty()) {
			lines.add("Responses (counted, per participant): " + listed(changed, "; "));
		}
	}

	private static String count(int was, int is, String what) {
		return was == is ? is + " " + what : was + " → " + is + " " + what + " (" + (is > was ? "+" : "") + (is - was) + ")";
	}

	private static Map<String, int[]> counts(Engagement engagement) {
		Map<String, int[]> counts = new TreeMap<>();
		for (Assessment assessment : engagement.getAssessments()) {
			String participant = assessment.getSubject() == null ? "(no participant)" : assessment.getSubject().getId();
			int[] count = counts.computeIfAbsent(participant, p -> new int[2]);
			for (RaterInvitation invitation : assessment.getInvitations()) {
				count[0] += invitation.getResponses().size();
			}
			count[1] += assessment.getComments().size();
		}
		return counts;
	}
}

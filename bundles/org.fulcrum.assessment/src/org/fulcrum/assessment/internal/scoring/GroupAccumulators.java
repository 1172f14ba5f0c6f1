package org.fulcrum.assessment.internal.scoring;

import java.util.EnumMap;
import java.util.Map;

import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.RaterGroup;

/** One accumulator per group, where every rater but self also counts toward all others. */
final class GroupAccumulators {

	private static final RaterGroup[] GROUPS = RaterGroup.values();

	private final Accumulator[] groups = new Accumulator[GROUPS.length];

	void add(RaterGroup group, double value) {
		get(group).add(value);
		if (group != RaterGroup.SELF) {
			get(RaterGroup.ALL_OTHERS).add(value);
		}
	}

	void notObserved(RaterGroup group) {
		get(group).notObserved();
		if (group != RaterGroup.SELF) {
			get(RaterGroup.ALL_OTHERS).notObserved();
		}
	}

	Map<RaterGroup, Figure> figures() {
		Map<RaterGroup, Figure> figures = new EnumMap<>(RaterGroup.class);
		for (int i = 0; i < groups.length; i++) {
			if (groups[i] != null) {
				figures.put(GROUPS[i], groups[i].figure());
			}
		}
		return figures;
	}

	private Accumulator get(RaterGroup group) {
		Accumulator accumulator = groups[group.ordinal()];
		if (accumulator == null) {
			accumulator = new Accumulator();
			groups[group.ordinal()] = accumulator;
		}
		return accumulator;
	}
}

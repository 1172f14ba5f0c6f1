package org.fulcrum.assessment.internal.scoring;

import java.util.EnumMap;
import java.util.Map;

import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.RaterGroup;

/** One accumulator per group, where every rater but self also counts toward all others. */
final class GroupAccumulators {

	private final Map<RaterGroup, Accumulator> groups = new EnumMap<>(RaterGroup.class);

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
		groups.forEach((group, accumulator) -> figures.put(group, accumulator.figure()));
		return figures;
	}

	private Accumulator get(RaterGroup group) {
		return groups.computeIfAbsent(group, g -> new Accumulator());
	}
}

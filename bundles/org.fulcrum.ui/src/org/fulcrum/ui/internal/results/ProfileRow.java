package org.fulcrum.ui.internal.results;

import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.RaterGroup;

/** One dimension as the charts draw it: the self and all-others means, each only where published. */
public record ProfileRow(String name, OptionalDouble self, OptionalDouble others) {

	public static ProfileRow of(DimensionResult result) {
		return new ProfileRow(result.dimension().getName(), mean(result, RaterGroup.SELF), mean(result, RaterGroup.ALL_OTHERS));
	}

	private static OptionalDouble mean(DimensionResult result, RaterGroup group) {
		return result.figures().of(group).map(Figure::mean).map(OptionalDouble::of).orElse(OptionalDouble.empty());
	}
}

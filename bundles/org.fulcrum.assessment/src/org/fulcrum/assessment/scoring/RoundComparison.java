package org.fulcrum.assessment.scoring;

import java.util.List;
import java.util.Map;

import org.fulcrum.model.Assessment;

/**
 * The change since the participant's previous round. Figures are compared only when both rounds
 * used the same instrument version and scale; otherwise {@code comparable} is false, the
 * changes are empty and {@code note} says what changed in the method, so that no reader takes a
 * change of method for a change of behaviour.
 *
 * @param raters completed submissions per group in the previous round and in this one, so the reader sees the mix
 */
public record RoundComparison(Assessment previous, boolean comparable, String note,
		Map<RaterGroup, Integer> ratersBefore, Map<RaterGroup, Integer> ratersNow, List<DimensionChange> changes) {
}

package org.fulcrum.assessment.scoring;

import java.util.List;
import java.util.Optional;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Dimension;

/**
 * The results of one assessment: every dimension and item by group, the traits where self and
 * others disagree most, and the behaviours others rate highest and lowest.
 */
public record ParticipantResult(Assessment assessment, List<DimensionResult> dimensions, List<ItemResult> items,
		List<DimensionResult> blindSpots, List<DimensionResult> hiddenStrengths, List<ItemResult> top,
		List<ItemResult> bottom) {

	public Optional<DimensionResult> dimension(Dimension dimension) {
		return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst();
	}

	public Optional<DimensionResult> dimension(String id) {
		return dimensions.stream().filter(d -> id.equals(d.dimension().getId())).findFirst();
	}

	public Optional<ItemResult> item(String id) {
		return items.stream().filter(i -> id.equals(i.item().getId())).findFirst();
	}
}

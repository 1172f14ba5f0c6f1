package org.fulcrum.assessment.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Dimension;

/**
 * The results of one assessment: every dimension and item by group, the traits where self and
 * others disagree most, the behaviours others rate highest and lowest, the completed
 * submissions per group, the comments that may be published, the change since the previous round
 * and the standing in the cohort.
 */
public record ParticipantResult(Assessment assessment, List<DimensionResult> dimensions, List<ItemResult> items,
		List<DimensionResult> blindSpots, List<DimensionResult> hiddenStrengths, List<ItemResult> top,
		List<ItemResult> bottom, Map<RaterGroup, Integer> raters, List<PublishedComment> comments,
		Optional<RoundComparison> previousRound, List<Standing> standings) {

	/** The same result with its change since the previous round and its standing in the cohort. */
	public ParticipantResult with(Optional<RoundComparison> comparison, List<Standing> cohortStandings) {
		return new ParticipantResult(assessment, dimensions, items, blindSpots, hiddenStrengths, top, bottom, raters, comments,
				comparison, cohortStandings);
	}

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

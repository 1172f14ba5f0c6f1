package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Standing;

/** Percentile ranks of each participant's all-others means among their cohort (same instrument and round). */
final class Cohort {

	private Cohort() {
	}

	/** The standings for each result, by position. */
	static List<List<Standing>> standings(List<ParticipantResult> results) {
		Map<String, List<Double>> cohorts = new HashMap<>();
		for (ParticipantResult result : results) {
			for (DimensionResult dimension : result.dimensions()) {
				dimension.figures().of(RaterGroup.ALL_OTHERS)
						.ifPresent(f -> cohorts.computeIfAbsent(key(result, dimension), k -> new ArrayList<>()).add(f.mean()));
			}
		}
		Map<String, double[]> sorted = new HashMap<>();
		cohorts.forEach((key, means) -> sorted.put(key, means.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
		List<List<Standing>> standings = new ArrayList<>();
		for (ParticipantResult result : results) {
			List<Standing> own = new ArrayList<>();
			for (DimensionResult dimension : result.dimensions()) {
				dimension.figures().of(RaterGroup.ALL_OTHERS).ifPresent(f -> {
					double[] cohort = sorted.get(key(result, dimension));
					int below = firstAtLeast(cohort, f.mean());
					int equal = firstAbove(cohort, f.mean()) - below;
					own.add(new Standing(dimension.dimension(), 100.0 * (below + 0.5 * equal) / cohort.length, cohort.length));
				});
			}
			standings.add(own);
		}
		return standings;
	}

	private static int firstAtLeast(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < value) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static int firstAbove(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] <= value) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static String key(ParticipantResult result, DimensionResult dimension) {
		return result.assessment().getInstrument().getId() + "|" + result.assessment().getInstrument().getVersion() + "|"
				+ result.assessment().getRound() + "|" + dimension.dimension().getId();
	}
}

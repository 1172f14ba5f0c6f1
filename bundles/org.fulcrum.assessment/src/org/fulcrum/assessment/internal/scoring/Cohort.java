package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Standing;
import org.fulcrum.model.Instrument;

/**
 * Percentile ranks of each participant's all-others means among their cohort (same instrument,
 * version and round), per dimension: 100 · (below + ½ · equal) / cohort. The means are
 * gathered into one column per cohort and dimension; each column is ranked on its own
 * ({@link #rank}), so columns can be ranked on several threads.
 */
final class Cohort {

	private final List<ParticipantResult> results;
	private final List<Column> columns = new ArrayList<>();
	/** Per result and dimension position: the column holding its mean (null where all others is withheld), and where in it. */
	private final Column[][] columnOf;
	private final int[][] slotOf;

	Cohort(List<ParticipantResult> results) {
		this.results = results;
		columnOf = new Column[results.size()][];
		slotOf = new int[results.size()][];
		Map<List<String>, Map<String, Column>> cohorts = new HashMap<>();
		for (int r = 0; r < results.size(); r++) {
			ParticipantResult result = results.get(r);
			Instrument instrument = result.assessment().getInstrument();
			List<String> key = Arrays.asList(instrument.getId(), instrument.getVersion(), result.assessment().getRound());
			Map<String, Column> cohort = cohorts.get(key);
			if (cohort == null) {
				cohort = new HashMap<>();
				cohorts.put(key, cohort);
			}
			List<DimensionResult> dimensions = result.dimensions();
			columnOf[r] = new Column[dimensions.size()];
			slotOf[r] = new int[dimensions.size()];
			for (int d = 0; d < dimensions.size(); d++) {
				Figure others = dimensions.get(d).figures().shown().get(RaterGroup.ALL_OTHERS);
				if (others == null) {
					continue;
				}
				String dimension = dimensions.get(d).dimension().getId();
				Column column = cohort.get(dimension);
				if (column == null) {
					column = new Column();
					cohort.put(dimension, column);
					columns.add(column);
				}
				columnOf[r][d] = column;
				slotOf[r][d] = column.add(others.mean());
			}
		}
	}

	int columns() {
		return columns.size();
	}

	void rank(int column) {
		columns.get(column).rank();
	}

	/** The standings of each result, by position, once every column is ranked. */
	List<List<Standing>> standings() {
		List<List<Standing>> standings = new ArrayList<>(results.size());
		for (int r = 0; r < results.size(); r++) {
			List<DimensionResult> dimensions = results.get(r).dimensions();
			List<Standing> own = new ArrayList<>();
			for (int d = 0; d < columnOf[r].length; d++) {
				Column column = columnOf[r][d];
				if (column != null) {
					own.add(new Standing(dimensions.get(d).dimension(), column.percentiles[slotOf[r][d]], column.size));
				}
			}
			standings.add(List.copyOf(own));
		}
		return standings;
	}

	/** The all-others means of one dimension across one cohort, in the results' order. */
	private static final class Column {

		private double[] means = new double[16];
		private int size;
		private double[] percentiles;

		int add(double mean) {
			if (size == means.length) {
				means = Arrays.copyOf(means, size * 2);
			}
			means[size] = mean;
			return size++;
		}

		void rank() {
			double[] sorted = Arrays.copyOf(means, size);
			Arrays.sort(sorted);
			percentiles = new double[size];
			for (int i = 0; i < size; i++) {
				int below = firstAbove(sorted, means[i], false);
				int equal = firstAbove(sorted, means[i], true) - below;
				percentiles[i] = 100.0 * (below + 0.5 * equal) / size;
			}
		}

		/** The first position holding a value above (or, without {@code orEqual}, at least) {@code mean}. */
		private static int firstAbove(double[] sorted, double mean, boolean orEqual) {
			int low = 0;
			int high = sorted.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (sorted[middle] < mean || orEqual && sorted[middle] == mean) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			return low;
		}
	}
}

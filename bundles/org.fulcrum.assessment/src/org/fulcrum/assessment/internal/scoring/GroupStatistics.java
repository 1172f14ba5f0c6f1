package org.fulcrum.assessment.internal.scoring;

import java.util.Arrays;

import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.RaterGroup;

/**
 * Running n, mean, variance (Welford), min and max of each row's scores (a row is a dimension
 * or an item) for each rater group, where every rater but self also counts toward all others.
 * Cell {@code row * GROUPS + group ordinal}. Flat arrays, cleared and reused for each assessment
 * a thread scores, so the scoring loop allocates nothing.
 */
final class GroupStatistics {

	static final int GROUPS = RaterGroup.values().length;
	private static final int SELF = RaterGroup.SELF.ordinal();
	private static final int ALL_OTHERS = RaterGroup.ALL_OTHERS.ordinal();

	final int[] n;
	/** Per row: the groups {@link Disclosure} published, as bits by ordinal. */
	final int[] shown;
	final int[] notCounted;
	final double[] mean;
	private final double[] squares;
	private final double[] min;
	private final double[] max;

	GroupStatistics(int rows) {
		int cells = rows * GROUPS;
		n = new int[cells];
		shown = new int[rows];
		notCounted = new int[cells];
		mean = new double[cells];
		squares = new double[cells];
		min = new double[cells];
		max = new double[cells];
		clear();
	}

	void clear() {
		Arrays.fill(n, 0);
		Arrays.fill(notCounted, 0);
		Arrays.fill(mean, 0);
		Arrays.fill(squares, 0);
		Arrays.fill(min, Double.POSITIVE_INFINITY);
		Arrays.fill(max, Double.NEGATIVE_INFINITY);
	}

	void add(int row, int group, double value) {
		add(row * GROUPS + group, value);
		if (group != SELF) {
			add(row * GROUPS + ALL_OTHERS, value);
		}
	}

	void notCounted(int row, int group) {
		notCounted[row * GROUPS + group]++;
		if (group != SELF) {
			notCounted[row * GROUPS + ALL_OTHERS]++;
		}
	}

	private void add(int cell, double value) {
		int count = ++n[cell];
		double delta = value - mean[cell];
		mean[cell] += delta / count;
		squares[cell] += delta * (value - mean[cell]);
		min[cell] = Math.min(min[cell], value);
		max[cell] = Math.max(max[cell], value);
	}

	/** Whether Disclosure published this group's figure for the row. */
	boolean isShown(int row, int group) {
		return (shown[row] & 1 << group) != 0;
	}

	double mean(int row, int group) {
		return mean[row * GROUPS + group];
	}

	int n(int row, int group) {
		return n[row * GROUPS + group];
	}

	double sd(int row, int group) {
		return sd(row * GROUPS + group);
	}

	/** The standard deviation (n − 1; 0 for one rater). */
	private double sd(int cell) {
		return Math.sqrt(n[cell] > 1 ? squares[cell] / (n[cell] - 1) : 0);
	}

	/** The figure of a cell with at least one counted rater. */
	Figure figure(int cell) {
		return new Figure(n[cell], mean[cell], sd(cell), min[cell], max[cell], notCounted[cell]);
	}
}

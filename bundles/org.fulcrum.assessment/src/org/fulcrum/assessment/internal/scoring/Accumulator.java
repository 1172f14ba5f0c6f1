package org.fulcrum.assessment.internal.scoring;

import org.fulcrum.assessment.scoring.Figure;

/** Running n, mean, variance (Welford), min and max of one group's scores. */
final class Accumulator {

	private int n;
	private double mean;
	private double squares;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;
	private int notObserved;

	void add(double value) {
		n++;
		double delta = value - mean;
		mean += delta / n;
		squares += delta * (value - mean);
		min = Math.min(min, value);
		max = Math.max(max, value);
	}

	void notObserved() {
		notObserved++;
	}

	boolean isEmpty() {
		return n == 0 && notObserved == 0;
	}

	double variance() {
		return n > 1 ? squares / (n - 1) : 0;
	}

	Figure figure() {
		return n == 0 ? new Figure(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, notObserved)
				: new Figure(n, mean, Math.sqrt(variance()), min, max, notObserved);
	}
}

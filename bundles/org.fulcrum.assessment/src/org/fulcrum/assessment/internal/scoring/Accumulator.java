package org.fulcrum.assessment.internal.scoring;

/** Running n, mean and sample variance (Welford) of one variable. */
final class Accumulator {

	private int n;
	private double mean;
	private double squares;

	void add(double value) {
		n++;
		double delta = value - mean;
		mean += delta / n;
		squares += delta * (value - mean);
	}

	double variance() {
		return n > 1 ? squares / (n - 1) : 0;
	}
}

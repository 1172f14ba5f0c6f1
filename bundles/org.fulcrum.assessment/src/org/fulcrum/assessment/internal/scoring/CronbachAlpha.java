package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.Reliability;
import org.fulcrum.model.Dimension;

/**
 * Raw Cronbach's alpha per dimension: the cases are the non-self submissions, the variables
 * the dimension's items (all items under a pillar), reverse-keyed items already reversed; a
 * submission missing any of the items (unanswered or "not observed") is left out of that
 * dimension's alpha. alpha = k/(k−1) · (1 − Σ var(item) / var(sum)), sample variances.
 */
final class CronbachAlpha {

	private CronbachAlpha() {
	}

	static List<Reliability> of(InstrumentLayout layout, List<Submission> others) {
		List<Reliability> result = new ArrayList<>();
		for (Dimension dimension : layout.dimensions) {
			int[] items = layout.allItems.get(dimension);
			result.add(alpha(dimension, items, others));
		}
		return result;
	}

	private static Reliability alpha(Dimension dimension, int[] items, List<Submission> others) {
		int k = items.length;
		Accumulator[] perItem = new Accumulator[k];
		for (int i = 0; i < k; i++) {
			perItem[i] = new Accumulator();
		}
		Accumulator total = new Accumulator();
		int cases = 0;
		for (Submission submission : others) {
			if (!complete(items, submission.values())) {
				continue;
			}
			cases++;
			double sum = 0;
			for (int i = 0; i < k; i++) {
				int value = submission.values()[items[i]];
				perItem[i].add(value);
				sum += value;
			}
			total.add(sum);
		}
		if (k < 2 || cases < 2 || total.variance() == 0) {
			return new Reliability(dimension, k, cases, OptionalDouble.empty());
		}
		double itemVariances = 0;
		for (Accumulator item : perItem) {
			itemVariances += item.variance();
		}
		double alpha = (double) k / (k - 1) * (1 - itemVariances / total.variance());
		return new Reliability(dimension, k, cases, OptionalDouble.of(alpha));
	}

	private static boolean complete(int[] items, int[] values) {
		for (int item : items) {
			if (values[item] <= 0) {
				return false;
			}
		}
		return true;
	}
}

package org.fulcrum.assessment.internal.scoring;

import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Reliability;

/**
 * Raw Cronbach's alpha of one dimension: the cases are the non-self submissions of every
 * assessment of the instrument, the variables the dimension's items (all items under a pillar),
 * reverse-keyed items already reversed; a submission missing any of the items (unanswered or
 * "not observed") is left out of that dimension's alpha. alpha = k/(k−1) · (1 − Σ var(item) /
 * var(sum)), sample variances. Dimensions are independent, so each can run on its own thread.
 */
final class CronbachAlpha {

	private static final int SELF = RaterGroup.SELF.ordinal();

	private final InstrumentLayout layout;
	private final int d;
	private final ResponseTable table;
	private final int[] assessments;

	/** Dimension d of the layout over the rows of the given assessments (their positions in the table, in order). */
	CronbachAlpha(InstrumentLayout layout, int d, ResponseTable table, int[] assessments) {
		this.layout = layout;
		this.d = d;
		this.table = table;
		this.assessments = assessments;
	}

	Reliability compute() {
		int[] items = layout.allItems[d];
		int k = items.length;
		Accumulator[] perItem = new Accumulator[k];
		for (int i = 0; i < k; i++) {
			perItem[i] = new Accumulator();
		}
		Accumulator total = new Accumulator();
		int cases = 0;
		for (int a : assessments) {
			int[] values = table.values[a];
			byte[] groups = table.groups[a];
			for (int row = 0, start = 0; row < groups.length; row++, start += layout.items.length) {
				if (groups[row] == SELF || !complete(items, values, start)) {
					continue;
				}
				cases++;
				double sum = 0;
				for (int i = 0; i < k; i++) {
					int value = values[start + items[i]];
					perItem[i].add(value);
					sum += value;
				}
				total.add(sum);
			}
		}
		if (k < 2 || cases < 2 || total.variance() == 0) {
			return new Reliability(layout.dimensions[d], k, cases, OptionalDouble.empty());
		}
		double itemVariances = 0;
		for (Accumulator item : perItem) {
			itemVariances += item.variance();
		}
		double alpha = (double) k / (k - 1) * (1 - itemVariances / total.variance());
		return new Reliability(layout.dimensions[d], k, cases, OptionalDouble.of(alpha));
	}

	private static boolean complete(int[] items, int[] values, int start) {
		for (int item : items) {
			if (values[start + item] <= 0) {
				return false;
			}
		}
		return true;
	}
}

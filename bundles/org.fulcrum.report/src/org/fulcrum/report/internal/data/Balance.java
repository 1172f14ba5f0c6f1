package org.fulcrum.report.internal.data;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Dimension;

/**
 * The Character Model's balance for one participant: the Integrity base and the two pillars as
 * others see them (self beside them), and what the picture says in words (docs/reports.md).
 * Only instruments with a base and two pillars have one.
 */
public record Balance(String baseName, OptionalDouble base, OptionalDouble baseSelf, String leftName, OptionalDouble left,
		OptionalDouble leftSelf, String rightName, OptionalDouble right, OptionalDouble rightSelf, double scaleMin,
		double scaleMax) {

	/** Pillars further apart than this (scale points, all others' means) are called out of balance. */
	public static final double IMBALANCE = 0.5;
	/** Pillars closer than this are called balanced; in between, "leans". */
	public static final double BALANCED = 0.25;

	static Balance of(DimensionTree tree, ParticipantResult result) {
		List<Dimension> pillars = tree.pillars();
		Dimension base = tree.base().orElse(null);
		var scale = result.assessment().getInstrument().getScale();
		double min = scale == null ? 1 : scale.getMinimum();
		double max = scale == null ? 5 : scale.getMaximum();
		if (base == null || pillars.size() != 2) {
			return new Balance("", OptionalDouble.empty(), OptionalDouble.empty(), "", OptionalDouble.empty(),
					OptionalDouble.empty(), "", OptionalDouble.empty(), OptionalDouble.empty(), min, max);
		}
		return new Balance(base.getName(), mean(result, base, RaterGroup.ALL_OTHERS), mean(result, base, RaterGroup.SELF),
				pillars.get(0).getName(), mean(result, pillars.get(0), RaterGroup.ALL_OTHERS),
				mean(result, pillars.get(0), RaterGroup.SELF), pillars.get(1).getName(),
				mean(result, pillars.get(1), RaterGroup.ALL_OTHERS), mean(result, pillars.get(1), RaterGroup.SELF), min, max);
	}

	private static OptionalDouble mean(ParticipantResult result, Dimension dimension, RaterGroup group) {
		return result.dimension(dimension).flatMap(d -> d.figures().of(group)).map(Figure::mean)
				.map(OptionalDouble::of).orElse(OptionalDouble.empty());
	}

	/** Whether there is a base and two pillars with others' figures to draw. */
	public boolean present() {
		return base.isPresent() && left.isPresent() && right.isPresent();
	}

	/** The finding in one or two sentences, e.g. "Respect (3.90) outweighs Responsibility (3.10) by 0.80: …". */
	public String summary() {
		if (!present()) {
			return leftName.isEmpty() ? "This instrument has no base and pillars to balance."
					: "Too few raters answered to show the balance of " + baseName + ", " + leftName + " and " + rightName + ".";
		}
		double l = left.getAsDouble();
		double r = right.getAsDouble();
		double gap = Math.abs(l - r);
		String stronger = l >= r ? leftName : rightName;
		String weaker = l >= r ? rightName : leftName;
		String pillars;
		if (gap >= IMBALANCE) {
			pillars = String.format(Locale.ROOT, "%s (%.2f) outweighs %s (%.2f) by %.2f: the model is out of balance, and %s is where development pays most.",
					stronger, Math.max(l, r), weaker, Math.min(l, r), gap, weaker);
		} else if (gap >= BALANCED) {
			pillars = String.format(Locale.ROOT, "The pillars lean towards %s (%.2f against %.2f for %s).", stronger,
					Math.max(l, r), Math.min(l, r), weaker);
		} else {
			pillars = String.format(Locale.ROOT, "%s (%.2f) and %s (%.2f) are in balance.", leftName, l, rightName, r);
		}
		double b = base.getAsDouble();
		String foundation = b < Math.min(l, r)
				? String.format(Locale.ROOT, " The base, %s (%.2f), is lower than both pillars: start there.", baseName, b)
				: String.format(Locale.ROOT, " The base, %s, stands at %.2f.", baseName, b);
		return pillars + foundation;
	}
}

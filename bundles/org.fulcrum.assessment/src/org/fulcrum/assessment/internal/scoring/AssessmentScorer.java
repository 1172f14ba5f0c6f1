package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;

/**
 * Scores one assessment. A rater's score on a dimension without sub-dimensions is the mean
 * of their answers to its items, counted only when they answered at least the minimum share
 * of them; on a dimension with sub-dimensions (a pillar) it is the mean of their scores on
 * those (each trait weighs the same), counted when they answered the minimum share of all its items.
 */
final class AssessmentScorer {

	private final InstrumentLayout layout;
	private final Disclosure disclosure;
	private final ScoringSettings settings;

	private final int minimumCommenters;

	AssessmentScorer(InstrumentLayout layout, Disclosure disclosure, ScoringSettings settings, int minimumCommenters) {
		this.layout = layout;
		this.disclosure = disclosure;
		this.settings = settings;
		this.minimumCommenters = minimumCommenters;
	}

	ParticipantResult score(Assessment assessment, List<Submission> submissions) {
		double[][] scores = new double[submissions.size()][];
		for (int s = 0; s < scores.length; s++) {
			scores[s] = raterScores(submissions.get(s).values());
		}
		List<DimensionResult> dimensions = new ArrayList<>();
		for (int d = 0; d < layout.dimensions.size(); d++) {
			Dimension dimension = layout.dimensions.get(d);
			GroupAccumulators groups = new GroupAccumulators();
			for (int s = 0; s < scores.length; s++) {
				Submission submission = submissions.get(s);
				double score = scores[s][d];
				if (Double.isNaN(score)) {
					groups.notObserved(submission.group());
				} else {
					groups.add(submission.group(), score);
				}
			}
			Figures figures = disclosure.decide(groups.figures());
			dimensions.add(new DimensionResult(dimension, figures, agreement(figures)));
		}
		List<ItemResult> items = new ArrayList<>();
		for (int item = 0; item < layout.items.size(); item++) {
			GroupAccumulators groups = new GroupAccumulators();
			for (Submission submission : submissions) {
				int value = submission.values()[item];
				if (value == Submission.NOT_OBSERVED) {
					groups.notObserved(submission.group());
				} else if (value != Submission.MISSING) {
					groups.add(submission.group(), value);
				}
			}
			items.add(new ItemResult(layout.items.get(item), disclosure.decide(groups.figures())));
		}
		return new ParticipantResult(assessment, dimensions, items, gaps(dimensions, true), gaps(dimensions, false),
				extremes(items, true), extremes(items, false), raterCounts(submissions),
				CommentDisclosure.of(assessment, (int) submissions.stream().filter(s -> !s.isSelf()).count(), minimumCommenters),
				Optional.empty(), List.of());
	}

	/**
	 * How many raters of each group completed the questionnaire, as far as the policy lets a reader know:
	 * a group too small to be shown is not named, even by its count (its raters are inside all others).
	 */
	private Map<RaterGroup, Integer> raterCounts(List<Submission> submissions) {
		Map<RaterGroup, Figure> counts = new EnumMap<>(RaterGroup.class);
		for (Submission submission : submissions) {
			count(counts, submission.group());
			if (!submission.isSelf()) {
				count(counts, RaterGroup.ALL_OTHERS);
			}
		}
		Map<RaterGroup, Integer> published = new EnumMap<>(RaterGroup.class);
		disclosure.decide(counts).shown().forEach((group, figure) -> published.put(group, figure.n()));
		return published;
	}

	private static void count(Map<RaterGroup, Figure> counts, RaterGroup group) {
		Figure before = counts.get(group);
		counts.put(group, new Figure(before == null ? 1 : before.n() + 1, 0, 0, 0, 0, 0));
	}

	/** The rater's score on every dimension, in layout order; NaN where they answered too few items. */
	private double[] raterScores(int[] values) {
		double[] scores = new double[layout.dimensions.size()];
		for (int d = 0; d < scores.length; d++) {
			scores[d] = raterScore(layout.dimensions.get(d), values);
		}
		return scores;
	}

	/** The rater's score, or NaN when they answered too few of the dimension's items. */
	private double raterScore(Dimension dimension, int[] values) {
		int[] all = layout.allItems.get(dimension);
		if (all.length == 0 || answered(all, values) < settings.minimumItemShare() * all.length) {
			return Double.NaN;
		}
		if (dimension.getChildren().isEmpty()) {
			return meanOfAnswers(layout.ownItems.get(dimension), values);
		}
		double sum = 0;
		int parts = 0;
		for (Dimension child : dimension.getChildren()) {
			double score = raterScore(child, values);
			if (!Double.isNaN(score)) {
				sum += score;
				parts++;
			}
		}
		int[] own = layout.ownItems.get(dimension);
		if (own.length > 0 && answered(own, values) >= settings.minimumItemShare() * own.length) {
			sum += meanOfAnswers(own, values);
			parts++;
		}
		return parts == 0 ? Double.NaN : sum / parts;
	}

	private static int answered(int[] items, int[] values) {
		int answered = 0;
		for (int item : items) {
			answered += values[item] > 0 ? 1 : 0;
		}
		return answered;
	}

	private static double meanOfAnswers(int[] items, int[] values) {
		double sum = 0;
		int n = 0;
		for (int item : items) {
			if (values[item] > 0) {
				sum += values[item];
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** r_wg = 1 − (variance of the others' scores / variance of uniform random answers), at least 0. */
	private OptionalDouble agreement(Figures figures) {
		Figure others = figures.shown().get(RaterGroup.ALL_OTHERS);
		if (others == null || others.n() < 2) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Math.max(0, 1 - others.sd() * others.sd() / layout.uniformVariance()));
	}

	private List<DimensionResult> gaps(List<DimensionResult> dimensions, boolean selfHigher) {
		return dimensions.stream().filter(d -> d.dimension().getKind() != DimensionKind.PILLAR && d.dimension().getChildren().isEmpty())
				.filter(d -> d.figures().selfMinusOthers()
						.map(gap -> selfHigher ? gap >= settings.blindSpotGap() : -gap >= settings.hiddenStrengthGap()).orElse(false))
				.sorted(Comparator.comparingDouble((DimensionResult d) -> -Math.abs(d.figures().selfMinusOthers().orElseThrow())))
				.toList();
	}

	private List<ItemResult> extremes(List<ItemResult> items, boolean highest) {
		Comparator<ItemResult> byOthers = Comparator.comparingDouble(i -> i.figures().shown().get(RaterGroup.ALL_OTHERS).mean());
		return items.stream().filter(i -> i.figures().shown().containsKey(RaterGroup.ALL_OTHERS))
				.sorted(highest ? byOthers.reversed() : byOthers).limit(settings.extremes()).toList();
	}
}

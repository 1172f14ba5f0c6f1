package org.fulcrum.assessment.internal.scoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;

/**
 * Scores assessments of one instrument, one after the other on one thread. A rater's score on
 * a dimension without sub-dimensions is the mean of their answers to its items, counted only
 * when they answered at least the minimum share of them; on a dimension with sub-dimensions (a
 * pillar) it is the mean of their scores on those (each trait weighs the same, the pillar's own
 * items as one more part), counted when they answered the minimum share of all its items.
 *
 * <p>Which groups are shown is decided once for the participant ({@link Disclosure#groupsShown}),
 * then checked by the exact {@link DisclosureAudit}, which may withhold more, before any result
 * object is made.
 *
 * <p>The work is a few loops over the int rows of a {@link ResponseTable} into
 * {@link GroupStatistics} reused from one assessment to the next: small loops that the JIT
 * compiles early, which is what makes the first scoring in a fresh JVM fast. Result objects
 * are made only for what is published.
 */
final class AssessmentScorer {

	private static final RaterGroup[] GROUPS = RaterGroup.values();
	private static final int SELF = RaterGroup.SELF.ordinal();
	private static final int ALL_OTHERS = RaterGroup.ALL_OTHERS.ordinal();

	private final InstrumentLayout layout;
	private final Disclosure disclosure;
	private final ScoringSettings settings;
	private final int minimumCommenters;
	/** The minimum share of each dimension's items, and of its own items, as a number of items. */
	private final double[] allNeeded;
	private final double[] ownNeeded;
	/** Rows of the statistics: the dimensions, then the items. */
	private final GroupStatistics statistics;
	private final double[] raterScores;
	private final int[] raters = new int[GROUPS.length];
	private final DisclosureAudit audit;

	AssessmentScorer(InstrumentLayout layout, Disclosure disclosure, ScoringSettings settings, int minimumCommenters, AuditMemo memo) {
		this.layout = layout;
		this.disclosure = disclosure;
		this.settings = settings;
		this.minimumCommenters = minimumCommenters;
		int dimensions = layout.dimensions.length;
		allNeeded = new double[dimensions];
		ownNeeded = new double[dimensions];
		for (int d = 0; d < dimensions; d++) {
			allNeeded[d] = settings.minimumItemShare() * layout.allItems[d].length;
			ownNeeded[d] = settings.minimumItemShare() * layout.ownItems[d].length;
		}
		statistics = new GroupStatistics(dimensions + layout.items.length);
		raterScores = new double[dimensions];
		audit = new DisclosureAudit(layout, disclosure, allNeeded, ownNeeded, memo);
	}

	InstrumentLayout layout() {
		return layout;
	}

	/**
	 * Scores assessment a of the table, whose answers are read already. A participant released
	 * before ({@code released}: the groups that release showed) keeps that release's groups, and
	 * the audit reads this release together with the earlier one, recomputed from its raters.
	 */
	ParticipantResult score(Assessment assessment, ResponseTable table, int a, Optional<Set<RaterGroup>> released) {
		int dimensions = layout.dimensions.length;
		int items = layout.items.length;
		int[] values = table.values[a];
		byte[] groups = table.groups[a];
		boolean[] late = table.late[a];
		int groupsShown;
		int[] before = null;
		if (released.isPresent()) {
			int kept = 0;
			for (RaterGroup group : released.get()) {
				kept |= 1 << group.ordinal();
			}
			accumulate(values, groups, late);
			int earlier = kept & nonEmpty();
			show(earlier);
			audit.audit(values, groups, raters, earlier, statistics.shown, late, null, null);
			before = statistics.shown.clone();
			accumulate(values, groups, null);
			groupsShown = (kept | exemptGroups()) & nonEmpty();
		} else {
			accumulate(values, groups, null);
			groupsShown = disclosure.groupsShown(raters);
		}
		show(groupsShown);
		audit.audit(values, groups, raters, groupsShown, statistics.shown, null, before == null ? null : late, before);
		DimensionResult[] dimensionResults = new DimensionResult[dimensions];
		for (int d = 0; d < dimensions; d++) {
			dimensionResults[d] = new DimensionResult(layout.dimensions[d], disclosure.figures(statistics, d, raters, false), agreement(d));
		}
		ItemResult[] itemResults = new ItemResult[items];
		for (int i = 0; i < items; i++) {
			itemResults[i] = new ItemResult(layout.items[i], disclosure.figures(statistics, dimensions + i, raters, true));
		}
		return new ParticipantResult(assessment, List.of(dimensionResults), List.of(itemResults), gaps(dimensionResults, true),
				gaps(dimensionResults, false), extremes(itemResults, true), extremes(itemResults, false), raterCounts(groupsShown),
				CommentDisclosure.of(assessment, raters[ALL_OTHERS], minimumCommenters), Optional.empty(), List.of());
	}

	/** Every rater's answers and scores into the statistics and the rater counts, but the rows {@code skip} marks. */
	private void accumulate(int[] values, byte[] groups, boolean[] skip) {
		statistics.clear();
		Arrays.fill(raters, 0);
		int dimensions = layout.dimensions.length;
		int items = layout.items.length;
		int others = 0;
		for (int row = 0; row < groups.length; row++) {
			if (skip != null && skip[row]) {
				continue;
			}
			int group = groups[row];
			int start = row * items;
			raters[group]++;
			others += group != SELF ? 1 : 0;
			scoreRater(values, start);
			for (int d = 0; d < dimensions; d++) {
				double score = raterScores[d];
				if (Double.isNaN(score)) {
					statistics.notCounted(d, group);
				} else {
					statistics.add(d, group, score);
				}
			}
			for (int i = 0; i < items; i++) {
				int value = values[start + i];
				if (value == ResponseTable.NOT_OBSERVED) {
					statistics.notCounted(dimensions + i, group);
				} else if (value != ResponseTable.MISSING) {
					statistics.add(dimensions + i, group, value);
				}
			}
		}
		raters[ALL_OTHERS] = others;
	}

	/** The groups with raters, as bits. */
	private int nonEmpty() {
		int bits = 0;
		for (int g = 0; g < GROUPS.length; g++) {
			bits |= raters[g] > 0 ? 1 << g : 0;
		}
		return bits;
	}

	private int exemptGroups() {
		int bits = 0;
		for (int g = 0; g < GROUPS.length; g++) {
			bits |= disclosure.exempt(g) ? 1 << g : 0;
		}
		return bits;
	}

	/** Each row shows the groups of the participant-wide decision that have counted raters on it. */
	private void show(int groupsShown) {
		for (int row = 0; row < statistics.shown.length; row++) {
			int shown = 0;
			for (int g = 0; g < GROUPS.length; g++) {
				if ((groupsShown & 1 << g) != 0 && statistics.n(row, g) > 0) {
					shown |= 1 << g;
				}
			}
			statistics.shown[row] = shown;
		}
	}

	/**
	 * The rater's score on every dimension into {@link #raterScores}; NaN where they answered too
	 * few items. From the last dimension to the first, so that a pillar's sub-dimensions, which
	 * come after it, are scored before it.
	 */
	private void scoreRater(int[] values, int start) {
		for (int d = raterScores.length - 1; d >= 0; d--) {
			raterScores[d] = scoreDimension(d, values, start);
		}
	}

	private double scoreDimension(int d, int[] values, int start) {
		int[] all = layout.allItems[d];
		if (all.length == 0 || answered(all, values, start) < allNeeded[d]) {
			return Double.NaN;
		}
		int[] own = layout.ownItems[d];
		if (layout.children[d].length == 0) {
			return meanOfAnswers(own, values, start);
		}
		double sum = 0;
		int parts = 0;
		for (int child : layout.children[d]) {
			double score = raterScores[child];
			if (!Double.isNaN(score)) {
				sum += score;
				parts++;
			}
		}
		if (own.length > 0 && answered(own, values, start) >= ownNeeded[d]) {
			sum += meanOfAnswers(own, values, start);
			parts++;
		}
		return parts == 0 ? Double.NaN : sum / parts;
	}

	private static int answered(int[] items, int[] values, int start) {
		int answered = 0;
		for (int item : items) {
			answered += values[start + item] > 0 ? 1 : 0;
		}
		return answered;
	}

	private static double meanOfAnswers(int[] items, int[] values, int start) {
		double sum = 0;
		int n = 0;
		for (int item : items) {
			int value = values[start + item];
			if (value > 0) {
				sum += value;
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** r_wg = 1 − (variance of the others' scores / variance of uniform random answers), at least 0. */
	private OptionalDouble agreement(int d) {
		if (!statistics.isShown(d, ALL_OTHERS) || statistics.n(d, ALL_OTHERS) < 2
				|| !disclosure.spreadShown(ALL_OTHERS, statistics.n(d, ALL_OTHERS), false, false)) {
			return OptionalDouble.empty();
		}
		double sd = statistics.sd(d, ALL_OTHERS);
		return OptionalDouble.of(Math.max(0, 1 - sd * sd / layout.uniformVariance()));
	}

	/**
	 * How many raters of each group completed the questionnaire, as far as the policy lets a
	 * reader know: only the groups shown for the participant (a group too small to be shown is
	 * not named, even by its count; its raters are inside all others).
	 */
	private Map<RaterGroup, Integer> raterCounts(int groupsShown) {
		Map<RaterGroup, Integer> counts = new EnumMap<>(RaterGroup.class);
		for (int g = 0; g < GROUPS.length; g++) {
			if ((groupsShown & 1 << g) != 0) {
				counts.put(GROUPS[g], raters[g]);
			}
		}
		return counts;
	}

	/**
	 * Blind spots (self higher) or hidden strengths: traits and the base where self minus all
	 * others reaches the gap, the largest gap first, ties in the instrument's order.
	 */
	private List<DimensionResult> gaps(DimensionResult[] dimensions, boolean selfHigher) {
		int[] found = new int[dimensions.length];
		double[] keys = new double[dimensions.length];
		int count = 0;
		for (int d = 0; d < dimensions.length; d++) {
			if (!layout.flaggable[d] || !statistics.isShown(d, SELF) || !statistics.isShown(d, ALL_OTHERS)) {
				continue;
			}
			double gap = statistics.mean(d, SELF) - statistics.mean(d, ALL_OTHERS);
			if (selfHigher ? gap >= settings.blindSpotGap() : -gap >= settings.hiddenStrengthGap()) {
				found[count] = d;
				keys[count++] = -Math.abs(gap);
			}
		}
		return select(dimensions, found, keys, count, false, count);
	}

	/** The behaviours with the highest (or lowest) all-others mean, among those where it is published; ties in the instrument's order. */
	private List<ItemResult> extremes(ItemResult[] items, boolean highest) {
		int[] found = new int[items.length];
		double[] keys = new double[items.length];
		int count = 0;
		int rows = layout.dimensions.length;
		for (int i = 0; i < items.length; i++) {
			if (statistics.isShown(rows + i, ALL_OTHERS)) {
				found[count] = i;
				keys[count++] = statistics.mean(rows + i, ALL_OTHERS);
			}
		}
		return select(items, found, keys, count, highest, Math.min(count, settings.extremes()));
	}

	/**
	 * The first {@code limit} of {@code candidates[found[0..count)]} by key, ascending or
	 * descending. A stable insertion sort: equal keys keep the instrument's order, and the lists
	 * are a few dozen long.
	 */
	private static <T> List<T> select(T[] candidates, int[] found, double[] keys, int count, boolean descending, int limit) {
		for (int i = 1; i < count; i++) {
			int index = found[i];
			double key = keys[i];
			int j = i - 1;
			while (j >= 0 && (descending ? Double.compare(key, keys[j]) : Double.compare(keys[j], key)) > 0) {
				found[j + 1] = found[j];
				keys[j + 1] = keys[j];
				j--;
			}
			found[j + 1] = index;
			keys[j + 1] = key;
		}
		@SuppressWarnings("unchecked")
		T[] selected = (T[]) new Object[limit];
		for (int i = 0; i < limit; i++) {
			selected[i] = candidates[found[i]];
		}
		return List.of(selected);
	}
}

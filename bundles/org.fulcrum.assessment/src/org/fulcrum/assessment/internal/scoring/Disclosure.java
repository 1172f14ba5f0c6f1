package org.fulcrum.assessment.internal.scoring;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.ConfidentialityPolicy;

/**
 * The confidentiality rule (docs/scoring.md), decided once per participant and release from the
 * number of raters of each group who completed the questionnaire, never per item or dimension:
 * <ol>
 * <li>Self and manager are shown whenever the policy exempts them.</li>
 * <li>Any other group is shown only with at least {@code minimumRaters} raters.</li>
 * <li>All others is shown only with at least {@code minimumRaters} raters.</li>
 * <li>Complementary suppression: when all others is shown, the raters it holds beyond the
 * groups shown (the hidden ones) must be none, or at least {@code minimumRaters} from at least
 * two groups: all others minus the shown groups is their sum, which must be neither one
 * withheld group's nor a few raters'. Until that holds, the smallest group still shown that is
 * not exempt is withheld too; where none is left, all others is withheld.</li>
 * </ol>
 * The decision holds on every level (item, trait, pillar, base). What "not observed", skipped
 * items and the minimum share could still give away across levels is found by
 * {@link DisclosureAudit}, which withholds more where it must. Ranges and spread follow
 * {@link #spreadShown}.
 */
public final class Disclosure {

	private static final RaterGroup[] GROUPS = RaterGroup.values();
	private static final int SELF = RaterGroup.SELF.ordinal();
	private static final int MANAGER = RaterGroup.MANAGER.ordinal();
	private static final int ALL_OTHERS = RaterGroup.ALL_OTHERS.ordinal();
	/** The fewest raters whose standard deviation is published for a group the policy protects. */
	static final int SPREAD_FLOOR = 6;

	private final int minimum;
	private final boolean selfExempt;
	private final boolean managerExempt;

	public Disclosure(ConfidentialityPolicy policy) {
		this(policy.getMinimumRaters(), policy.isSelfExempt(), policy.isManagerExempt());
	}

	public Disclosure(int minimum, boolean selfExempt, boolean managerExempt) {
		this.minimum = Math.max(1, minimum);
		this.selfExempt = selfExempt;
		this.managerExempt = managerExempt;
	}

	public int minimum() {
		return minimum;
	}

	/**
	 * The groups shown for a participant, as bits by {@link RaterGroup} ordinal, given how many
	 * raters of each group completed the questionnaire ({@code raters[ALL_OTHERS]}: every rater but
	 * self). A group without raters is never shown.
	 */
	public int groupsShown(int[] raters) {
		int shown = 0;
		for (int g = 0; g < GROUPS.length; g++) {
			if (raters[g] > 0 && (exempt(g) || raters[g] >= minimum)) {
				shown |= 1 << g;
			}
		}
		while ((shown & 1 << ALL_OTHERS) != 0) {
			int hiddenRaters = raters[ALL_OTHERS];
			int hiddenGroups = 0;
			int smallest = -1;
			for (int g = 0; g < GROUPS.length; g++) {
				if (!isPartOfAllOthers(g) || raters[g] == 0) {
					continue;
				}
				if ((shown & 1 << g) == 0) {
					hiddenGroups++;
				} else {
					hiddenRaters -= raters[g];
					if (!exempt(g) && (smallest < 0 || raters[g] < raters[smallest])) {
						smallest = g;
					}
				}
			}
			if (hiddenRaters == 0 || hiddenRaters >= minimum && hiddenGroups >= 2) {
				break;
			}
			shown &= ~(1 << (smallest >= 0 ? smallest : ALL_OTHERS));
		}
		return shown;
	}

	/** The groups shown for a participant, by name: {@link #groupsShown(int[])} on counts by group. */
	public Set<RaterGroup> groupsShown(Map<RaterGroup, Integer> raters) {
		int[] counts = new int[GROUPS.length];
		raters.forEach((group, n) -> counts[group.ordinal()] = n);
		int shown = groupsShown(counts);
		Set<RaterGroup> groups = EnumSet.noneOf(RaterGroup.class);
		for (RaterGroup group : GROUPS) {
			if ((shown & 1 << group.ordinal()) != 0) {
				groups.add(group);
			}
		}
		return groups;
	}

	/**
	 * Whether a group's standard deviation, lowest and highest score may be published with its
	 * mean. Min and max are each some rater's answer, and with the mean they give the rest away
	 * in small groups (n = 3: the third is 3·mean − min − max): they are shown only for the
	 * exempt groups, whose figures the policy does not protect. The standard deviation is shown
	 * for an exempt group and, on a dimension (never on an item, whose answers are whole
	 * points), for a group of at least {@link #SPREAD_FLOOR} and twice the minimum.
	 */
	boolean spreadShown(int group, int n, boolean item, boolean range) {
		if (exempt(group)) {
			return true;
		}
		return !range && !item && n >= Math.max(SPREAD_FLOOR, 2 * minimum);
	}

	/** The publishable part of one row (a dimension or an item), whose shown groups are in {@code statistics.shown[row]}. */
	Figures figures(GroupStatistics statistics, int row, int[] raters, boolean item) {
		int from = row * GROUPS.length;
		int shown = statistics.shown[row];
		Map<RaterGroup, Figure> published = shown == 0 ? Map.of() : new EnumMap<>(RaterGroup.class);
		Set<RaterGroup> withheld = null;
		for (int g = 0; g < GROUPS.length; g++) {
			if ((shown & 1 << g) != 0) {
				Figure figure = statistics.figure(from + g);
				boolean sd = spreadShown(g, figure.n(), item, false);
				boolean range = spreadShown(g, figure.n(), item, true);
				published.put(GROUPS[g], sd && range ? figure
						: new Figure(figure.n(), figure.mean(), sd ? figure.sd() : Double.NaN, range ? figure.min() : Double.NaN,
								range ? figure.max() : Double.NaN, figure.notObserved()));
			} else if (raters[g] > 0) {
				if (withheld == null) {
					withheld = EnumSet.noneOf(RaterGroup.class);
				}
				withheld.add(GROUPS[g]);
			}
		}
		return new Figures(published, withheld == null ? Set.of() : withheld);
	}

	boolean exempt(int group) {
		return group == SELF && selfExempt || group == MANAGER && managerExempt;
	}

	static boolean isPartOfAllOthers(int group) {
		return group != SELF && group != ALL_OTHERS;
	}
}

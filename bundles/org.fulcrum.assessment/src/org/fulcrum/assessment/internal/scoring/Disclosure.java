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
 * The confidentiality rule, applied in this one place to every figure Fulcrum publishes.
 * <ol>
 * <li>Self and manager are shown whenever the policy exempts them.</li>
 * <li>Any other group is shown only with at least {@code minimumRaters} raters.</li>
 * <li>All others is shown only with at least {@code minimumRaters} raters.</li>
 * <li>No subtraction: when all others is shown, the raters it holds beyond the groups shown
 * (the withheld ones) must be none or at least {@code minimumRaters}, counting those who
 * answered and those who answered "not observed" alike, or their mean (or their "not
 * observed") would follow from the published figures. Until that holds, the smallest group still shown that
 * is not exempt is withheld too; where none is left, all others is withheld.</li>
 * </ol>
 */
public final class Disclosure {

	private static final RaterGroup[] GROUPS = RaterGroup.values();
	private static final int SELF = RaterGroup.SELF.ordinal();
	private static final int MANAGER = RaterGroup.MANAGER.ordinal();
	private static final int ALL_OTHERS = RaterGroup.ALL_OTHERS.ordinal();

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

	/** The publishable part of {@code raw}, which holds a figure for every group with at least one rater. */
	public Figures decide(Map<RaterGroup, Figure> raw) {
		int[] n = new int[GROUPS.length];
		int[] notCounted = new int[GROUPS.length];
		raw.forEach((group, figure) -> {
			n[group.ordinal()] = figure.n();
			notCounted[group.ordinal()] = figure.notObserved();
		});
		int shown = publishable(n, notCounted, 0);
		Map<RaterGroup, Figure> published = new EnumMap<>(RaterGroup.class);
		Set<RaterGroup> withheld = EnumSet.noneOf(RaterGroup.class);
		raw.forEach((group, figure) -> {
			if ((shown & 1 << group.ordinal()) != 0) {
				published.put(group, figure);
			} else if (figure.n() > 0) {
				withheld.add(group);
			}
		});
		return new Figures(published, withheld);
	}

	/**
	 * The publishable part of one row (a dimension or an item) of the running statistics; the
	 * groups published are noted in the statistics too, for the figures derived from them.
	 */
	Figures decide(GroupStatistics statistics, int row) {
		int from = row * GROUPS.length;
		int shown = publishable(statistics.n, statistics.notCounted, from);
		statistics.shown[row] = shown;
		Map<RaterGroup, Figure> published = shown == 0 ? Map.of() : new EnumMap<>(RaterGroup.class);
		Set<RaterGroup> withheld = null;
		for (int g = 0; g < GROUPS.length; g++) {
			if ((shown & 1 << g) != 0) {
				published.put(GROUPS[g], statistics.figure(from + g));
			} else if (statistics.n[from + g] > 0) {
				if (withheld == null) {
					withheld = EnumSet.noneOf(RaterGroup.class);
				}
				withheld.add(GROUPS[g]);
			}
		}
		return new Figures(published, withheld == null ? Set.of() : withheld);
	}

	/**
	 * The rule itself, on counts: which groups may be shown, as bits by {@link RaterGroup}
	 * ordinal, given each group's counted raters ({@code n}) and raters not counted, one cell
	 * per group from index {@code from} on. A group without counted raters is never shown.
	 */
	int publishable(int[] n, int[] notCounted, int from) {
		int shown = 0;
		for (int g = 0; g < GROUPS.length; g++) {
			if (n[from + g] > 0 && (exempt(g) || n[from + g] >= minimum)) {
				shown |= 1 << g;
			}
		}
		int all = from + ALL_OTHERS;
		while ((shown & 1 << ALL_OTHERS) != 0) {
			int shownAnswers = 0;
			int shownRaters = 0;
			int smallest = -1;
			for (int g = 0; g < GROUPS.length; g++) {
				if ((shown & 1 << g) == 0 || !isPartOfAllOthers(g)) {
					continue;
				}
				shownAnswers += n[from + g];
				shownRaters += n[from + g] + notCounted[from + g];
				if (!exempt(g) && (smallest < 0 || n[from + g] < n[from + smallest])) {
					smallest = g;
				}
			}
			if (isSafe(n[all] - shownAnswers) && isSafe(n[all] + notCounted[all] - shownRaters)) {
				break;
			}
			shown &= ~(1 << (smallest >= 0 ? smallest : ALL_OTHERS));
		}
		return shown;
	}

	private boolean isSafe(int hidden) {
		return hidden == 0 || hidden >= minimum;
	}

	private boolean exempt(int group) {
		return group == SELF && selfExempt || group == MANAGER && managerExempt;
	}

	private static boolean isPartOfAllOthers(int group) {
		return group != SELF && group != ALL_OTHERS;
	}
}

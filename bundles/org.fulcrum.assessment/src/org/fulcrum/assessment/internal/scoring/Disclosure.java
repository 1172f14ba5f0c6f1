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
		Map<RaterGroup, Figure> shown = new EnumMap<>(RaterGroup.class);
		Set<RaterGroup> withheld = EnumSet.noneOf(RaterGroup.class);
		raw.forEach((group, figure) -> {
			if (figure.n() > 0 && (exempt(group) || figure.n() >= minimum)) {
				shown.put(group, figure);
			} else if (figure.n() > 0) {
				withheld.add(group);
			}
		});
		preventSubtraction(shown, withheld);
		return new Figures(shown, withheld);
	}

	private void preventSubtraction(Map<RaterGroup, Figure> shown, Set<RaterGroup> withheld) {
		Figure all = shown.get(RaterGroup.ALL_OTHERS);
		while (all != null) {
			int shownAnswers = 0;
			int shownRaters = 0;
			RaterGroup smallest = null;
			for (Map.Entry<RaterGroup, Figure> entry : shown.entrySet()) {
				RaterGroup group = entry.getKey();
				if (!isPartOfAllOthers(group)) {
					continue;
				}
				Figure figure = entry.getValue();
				shownAnswers += figure.n();
				shownRaters += figure.n() + figure.notObserved();
				if (!exempt(group) && (smallest == null || figure.n() < shown.get(smallest).n())) {
					smallest = group;
				}
			}
			if (isSafe(all.n() - shownAnswers) && isSafe(all.n() + all.notObserved() - shownRaters)) {
				return;
			}
			RaterGroup withhold = smallest != null ? smallest : RaterGroup.ALL_OTHERS;
			shown.remove(withhold);
			withheld.add(withhold);
			all = shown.get(RaterGroup.ALL_OTHERS);
		}
	}

	private boolean isSafe(int hidden) {
		return hidden == 0 || hidden >= minimum;
	}

	private boolean exempt(RaterGroup group) {
		return group == RaterGroup.SELF && selfExempt || group == RaterGroup.MANAGER && managerExempt;
	}

	private static boolean isPartOfAllOthers(RaterGroup group) {
		return group != RaterGroup.SELF && group != RaterGroup.ALL_OTHERS;
	}
}

package org.fulcrum.assessment.scoring;

/**
 * The choices behind the figures (docs/scoring.md).
 *
 * @param minimumItemShare a rater counts toward a dimension only when they answered at least this share of its items
 * @param blindSpotGap a trait is a blind spot when self exceeds all others by at least this much
 * @param hiddenStrengthGap a trait is a hidden strength when self falls short of all others by at least this much
 * @param extremes how many behaviours make the top and the bottom lists
 */
public record ScoringSettings(double minimumItemShare, double blindSpotGap, double hiddenStrengthGap, int extremes) {

	/** Half of the items (as assessment publishers use), gaps of one scale point, top and bottom five. */
	public static final ScoringSettings DEFAULT = new ScoringSettings(0.5, 1.0, 1.0, 5);

	public ScoringSettings {
		if (minimumItemShare <= 0 || minimumItemShare > 1) {
			throw new IllegalArgumentException("the minimum item share must be above 0 and at most 1, not " + minimumItemShare);
		}
		if (blindSpotGap <= 0 || hiddenStrengthGap <= 0 || extremes < 0) {
			throw new IllegalArgumentException("gaps must be positive and the number of extremes not negative");
		}
	}
}

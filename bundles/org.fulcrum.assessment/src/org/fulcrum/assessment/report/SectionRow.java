package org.fulcrum.assessment.report;

/**
 * One line of a contributed section's table.
 *
 * @param label e.g. "Coach"
 * @param value the value as the reader should see it, e.g. "4.10"
 * @param share how long a bar to draw beside it, from 0 (none) to 1 (the full width); NaN for no bar
 */
public record SectionRow(String label, String value, double share) {

	public SectionRow {
		if (!Double.isNaN(share) && (share < 0 || share > 1)) {
			throw new IllegalArgumentException("a bar's share is between 0 and 1, not " + share);
		}
	}
}

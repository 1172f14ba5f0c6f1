package org.fulcrum.assessment.scoring;

import org.fulcrum.model.Dimension;

/**
 * Where a participant stands in the engagement's cohort on a dimension: the percentile rank
 * of their all-others mean among the participants of the same instrument and round whose
 * all-others mean is published, 100 · (below + ½ · equal) / cohort.
 */
public record Standing(Dimension dimension, double percentile, int cohort) {
}

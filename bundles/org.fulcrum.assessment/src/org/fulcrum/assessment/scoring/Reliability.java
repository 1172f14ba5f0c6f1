package org.fulcrum.assessment.scoring;

import java.util.OptionalDouble;

import org.fulcrum.model.Dimension;

/**
 * Internal consistency of a dimension's items across the engagement: raw Cronbach's alpha over
 * all non-self submissions that answered every item of the dimension.
 *
 * @param cases the submissions used
 * @param alpha empty with fewer than two items, fewer than two cases or no variance
 */
public record Reliability(Dimension dimension, int items, int cases, OptionalDouble alpha) {
}

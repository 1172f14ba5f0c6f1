package org.fulcrum.assessment.scoring;

/**
 * What one rater group gave on a dimension or an item: how many raters counted, their mean,
 * standard deviation (n − 1; 0 for one rater), lowest and highest score, and how many of the
 * group were not counted: on an item those who answered "not observed", on a dimension those
 * who answered fewer than the minimum share of its items.
 */
public record Figure(int n, double mean, double sd, double min, double max, int notObserved) {
}

package org.fulcrum.assessment.scoring;

import java.util.OptionalDouble;

import org.fulcrum.model.Dimension;

/**
 * A participant's result on one dimension (base, pillar or trait).
 *
 * @param agreement r_wg of all other raters' scores (1 full agreement, 0 as spread as random answers), empty where all others are withheld
 */
public record DimensionResult(Dimension dimension, Figures figures, OptionalDouble agreement) {
}

package org.fulcrum.assessment.scoring;

import java.util.OptionalDouble;

import org.fulcrum.model.Dimension;

/** This round's mean minus the previous round's, for all others and for self, where both rounds publish it. */
public record DimensionChange(Dimension dimension, OptionalDouble others, OptionalDouble self) {
}

package org.fulcrum.assessment.scoring;

import org.fulcrum.model.Dimension;

/** An open comment as it may be published: its text and the dimension it is about (null for a general one), never its group. */
public record PublishedComment(Dimension dimension, String text) {
}

package org.fulcrum.assessment.scoring;

import org.fulcrum.model.BehaviourItem;

/** A participant's result on one behaviour item. */
public record ItemResult(BehaviourItem item, Figures figures) {
}

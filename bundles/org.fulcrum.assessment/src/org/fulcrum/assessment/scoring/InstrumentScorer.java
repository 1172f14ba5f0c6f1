package org.fulcrum.assessment.scoring;

/**
 * Figures particular to one instrument, computed from a participant's published results, e.g.
 * a stance profile and the dominant stance. A plugin contributes one with the {@code scorer}
 * attribute of its {@code <instrument>} (extension point {@code org.fulcrum.assessment.instruments}).
 *
 * <p>A scorer sees only what the confidentiality policy already allows (a {@link ParticipantResult}
 * holds no withheld group), so it cannot leak a rater group, whatever it computes.
 * Implementations need a public no-argument constructor and must not use any user interface.
 */
public interface InstrumentScorer {

	/** The instrument's own figures for one participant; empty values where results are withheld. */
	InstrumentScore score(ParticipantResult result);
}

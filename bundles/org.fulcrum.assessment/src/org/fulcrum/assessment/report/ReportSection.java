package org.fulcrum.assessment.report;

import java.util.Optional;

import org.fulcrum.assessment.scoring.ParticipantResult;

/**
 * A section an instrument plugin adds to the individual 360° report of every participant
 * assessed with its instrument, contributed with a {@code <reportSection>} element of its
 * {@code <instrument>} (extension point {@code org.fulcrum.assessment.instruments}).
 *
 * <p>The section receives only what the confidentiality policy already allows (a
 * {@link ParticipantResult} holds no withheld group), so it cannot reveal a rater group. Fulcrum's
 * report lays its content out (heading, text, a table with bars) in the report's own style, in
 * PDF and HTML alike; the plugin needs no report designer and no user interface.
 * Implementations need a public no-argument constructor and must be safe to call from several
 * threads at once: reports are rendered in parallel.
 */
public interface ReportSection {

	/** The section for one participant, or empty where it has nothing to say, e.g. when all its figures are withheld. */
	Optional<SectionContent> content(ParticipantResult result);
}

package org.fulcrum.assessment.scoring;

import java.util.List;
import java.util.Optional;

import org.fulcrum.model.Assessment;

/**
 * The results of every assessment of an engagement and the engagement's quality figures.
 *
 * @param releases the release decision each participant's figures follow ({@link Releases})
 */
public record EngagementResult(List<ParticipantResult> participants, List<Reliability> reliability,
		List<ResponseRate> responseRates, Releases releases) {

	/** A result that follows no release ledger. */
	public EngagementResult(List<ParticipantResult> participants, List<Reliability> reliability, List<ResponseRate> responseRates) {
		this(participants, reliability, responseRates, Releases.none());
	}

	public Optional<ParticipantResult> of(Assessment assessment) {
		return participants.stream().filter(p -> p.assessment() == assessment).findFirst();
	}

	/** The release decision the figures of {@code assessment} follow. */
	public ReleaseDecision release(Assessment assessment) {
		return releases.decision(assessment);
	}
}

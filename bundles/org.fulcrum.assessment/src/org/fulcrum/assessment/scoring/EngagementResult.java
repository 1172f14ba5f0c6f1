package org.fulcrum.assessment.scoring;

import java.util.List;
import java.util.Optional;

import org.fulcrum.model.Assessment;

/** The results of every assessment of an engagement and the engagement's quality figures. */
public record EngagementResult(List<ParticipantResult> participants, List<Reliability> reliability,
		List<ResponseRate> responseRates) {

	public Optional<ParticipantResult> of(Assessment assessment) {
		return participants.stream().filter(p -> p.assessment() == assessment).findFirst();
	}
}

package org.fulcrum.report.internal.data;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;

/**
 * How cohort-wide reports name participants: by name where the engagement's policy allows it,
 * otherwise by a code P01, P02… in the order of a hash of their id, which says nothing about who
 * is who. Every cohort-wide report of an engagement uses the same codes.
 */
public final class ParticipantCodes {

	private final boolean names;
	private final Map<PartnerManager, String> codes = new HashMap<>();

	public ParticipantCodes(Engagement engagement) {
		this.names = engagement.getConfidentiality() != null && engagement.getConfidentiality().isNamesInCohortReports();
		List<PartnerManager> participants = engagement.getAssessments().stream().map(Assessment::getSubject)
				.filter(p -> p != null).distinct().sorted(Comparator.comparing(p -> Sha256.hex(String.valueOf(p.getId())))).toList();
		for (int i = 0; i < participants.size(); i++) {
			codes.put(participants.get(i), String.format(Locale.ROOT, "P%02d", i + 1));
		}
	}

	public boolean namesParticipants() {
		return names;
	}

	/** The participant as a cohort-wide report shows them. */
	public String of(PartnerManager participant) {
		if (participant == null) {
			return Labels.NONE;
		}
		if (names) {
			return participant.getName() == null ? participant.getId() : participant.getName();
		}
		return codes.getOrDefault(participant, "P??");
	}

}

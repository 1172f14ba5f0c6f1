package org.fulcrum.examples.coachingstance;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fulcrum.assessment.scoring.InstrumentScore;
import org.fulcrum.assessment.scoring.InstrumentScorer;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;

/**
 * The stance profile as others see it (the all-others mean of each stance) and the dominant
 * stance: the highest of the four. Only published figures come in, so where all others are
 * withheld the profile is empty and no stance is named.
 */
public final class StanceScorer implements InstrumentScorer {

	private static final Map<String, String> STANCES = Map.of("PER", "persecutor", "VIC", "victim", "RES", "rescuer", "COA",
			"coach");

	@Override
	public InstrumentScore score(ParticipantResult result) {
		Map<String, Double> profile = new LinkedHashMap<>();
		for (String id : new String[] { "COA", "PER", "VIC", "RES" }) {
			result.dimension(id).flatMap(d -> d.figures().of(RaterGroup.ALL_OTHERS))
					.ifPresent(others -> profile.put(STANCES.get(id), others.mean()));
		}
		String dominant = profile.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		String summary = dominant == null ? "Not enough raters to show a stance profile"
				: "Dominant stance: " + dominant + (dominant.equals("coach") ? "" : " (a drama-triangle stance: coaching is the alternative)");
		return new InstrumentScore("Coaching stance profile (as others see it)", profile, summary);
	}
}

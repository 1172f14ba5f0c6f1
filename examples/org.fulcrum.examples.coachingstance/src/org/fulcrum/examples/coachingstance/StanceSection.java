package org.fulcrum.examples.coachingstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fulcrum.assessment.report.ReportSection;
import org.fulcrum.assessment.report.SectionContent;
import org.fulcrum.assessment.report.SectionRow;
import org.fulcrum.assessment.scoring.InstrumentScore;
import org.fulcrum.assessment.scoring.ParticipantResult;

/**
 * The "Coaching stance" page of the individual report: the stance profile from {@link StanceScorer}
 * with a bar per stance on the 1–5 scale, and what the dominant stance means for the way the
 * participant works with partners. Left out where others' figures are withheld.
 */
public final class StanceSection implements ReportSection {

	private static final double SCALE_MIN = 1;
	private static final double SCALE_MAX = 5;

	private static final Map<String, String> MEANING = Map.of(
			"coach", "Others see you mostly as a coach: you ask before you tell and leave the solution with the partner.",
			"persecutor", "Others see you mostly in the persecutor (\u201cbully\u201d) stance: pressure and blame when a partner falls short.",
			"victim", "Others see you mostly in the victim stance: the partner's problems are presented as things done to you.",
			"rescuer", "Others see you mostly as a rescuer: you solve the partner's problems for them, which keeps them dependent.");

	private final StanceScorer scorer = new StanceScorer();

	@Override
	public Optional<SectionContent> content(ParticipantResult result) {
		InstrumentScore score = scorer.score(result);
		if (score.values().isEmpty()) {
			return Optional.empty();
		}
		List<SectionRow> rows = new ArrayList<>();
		String dominant = null;
		double highest = Double.NEGATIVE_INFINITY;
		for (Map.Entry<String, Double> stance : score.values().entrySet()) {
			double mean = stance.getValue();
			rows.add(new SectionRow(capitalized(stance.getKey()), String.format(Locale.ROOT, "%.2f", mean),
					Math.max(0, Math.min(1, (mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)))));
			if (mean > highest) {
				highest = mean;
				dominant = stance.getKey();
			}
		}
		return Optional.of(new SectionContent("Coaching stance",
				"How often others see each stance of the drama triangle, and the coaching stance that is its alternative (1 never, 5 always).",
				rows, MEANING.get(dominant) + " " + score.summary() + "."));
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}

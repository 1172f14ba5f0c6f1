package org.fulcrum.report.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.scoring.ReleaseDecision;
import org.fulcrum.assessment.scoring.Releases;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;

/**
 * What a report says when figures keep to an earlier release while later answers are held back:
 * the release decision's own statement (a day, no counts), so every output says it alike.
 */
final class ReissueNote {

	private ReissueNote() {
	}

	/** For one assessment: " (Figures as released on …)", or empty when nothing is held back; null gives empty. */
	static String of(Engagement engagement, Assessment assessment) {
		if (assessment == null) {
			return "";
		}
		ReleaseDecision decision = Releases.of(engagement).decision(assessment);
		return decision.heldBack().isEmpty() ? "" : decision.statement().map(s -> " (" + s + ")").orElse("");
	}

	/** For several, by the label each has in the report; empty when none is a re-issue. */
	static String of(Engagement engagement, List<Map.Entry<String, Assessment>> labelled) {
		Releases ledger = Releases.of(engagement);
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, Assessment> entry : labelled) {
			ReleaseDecision decision = ledger.decision(entry.getValue());
			if (!decision.heldBack().isEmpty()) {
				decision.statement().ifPresent(statement -> lines.add(entry.getKey() + ": " + statement + "."));
			}
		}
		return lines.isEmpty() ? "" : "Re-issued figures. " + String.join(" ", lines);
	}
}

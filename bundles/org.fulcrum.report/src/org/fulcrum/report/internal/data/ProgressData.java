package org.fulcrum.report.internal.data;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.ParticipantProgress;
import org.fulcrum.model.Dimension;
import org.fulcrum.report.ProgressReport;

/** The data sets of {@code progress.rptdesign}: the cohort's coaching progress as of a day. */
public final class ProgressData extends ReportData {

	public ProgressData(ProgressReport report, ImageEncoding encoding) {
		super(encoding);
		CohortProgress progress = report.progress();
		ParticipantCodes codes = new ParticipantCodes(report.engagement());
		put("reportTitle", "Coaching progress");
		put("engagement", Labels.text(report.engagement().getName()));
		put("asOf", Labels.date(progress.asOf()));
		put("generated", Labels.date(report.generated()));
		put("naming", codes.namesParticipants() ? "Participants are named, as the engagement's policy allows."
				: "Participants are shown by the codes of the cohort report, as the engagement's policy asks.");
		put("totals", String.format(Locale.ROOT,
				"Actions: %d done, %d due, %d overdue. Sessions: %d held of %d planned, %d missed.", progress.actionsDone(),
				progress.actionsDue(), progress.actionsOverdue(), progress.sessionsHeld(), progress.sessionsPlanned(),
				progress.sessionsMissed()));
		Rows participants = new Rows();
		for (ParticipantProgress p : progress.participants()) {
			String change = p.changes().isEmpty() ? p.note()
					: p.changes().stream().map(c -> c.trait().getName() + " " + signed(c.others())).collect(Collectors.joining(", "));
			participants.add("participant", codes.of(p.participant()), "focus",
					p.focusTraits().stream().map(Dimension::getName).collect(Collectors.joining(", ")), "done", p.actionsDone(), "due",
					p.actionsDue(), "overdue", p.actionsOverdue(), "sessions", p.sessionsHeld() + " of " + p.sessionsPlanned(), "missed",
					p.sessionsMissed(), "change", change == null || change.isBlank() ? Labels.NONE : change);
		}
		put("participants", participants);
		Rows traits = new Rows();
		for (CohortProgress.FocusTrait trait : progress.focusTraits()) {
			traits.add("trait", trait.trait().getName(), "participants", trait.participants(), "measured", trait.measured(), "change",
					signed(trait.meanOthersChange()));
		}
		if (traits.isEmpty()) {
			traits.add("trait", "No development plan has focus traits yet.", "participants", 0, "measured", 0, "change", "");
		}
		put("traits", traits);
	}

	private static String signed(OptionalDouble value) {
		return value.isPresent() ? Labels.signed(value.getAsDouble()) : Labels.NONE;
	}
}

package org.fulcrum.report.internal.data;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.fulcrum.assessment.scoring.ReleaseDecision;
import org.fulcrum.assessment.scoring.Releases;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.CoachingQuality;
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
		// the changes come from scored figures: those of a released participant keep to that release, and say so
		Releases releases = Releases.of(report.engagement());
		String released = ReleaseDecision.cohortStatement(report.engagement().getAssessments().stream()
				.filter(a -> progress.participants().stream().anyMatch(p -> p.participant() == a.getSubject()))
				.map(releases::decision).toList()).map(s -> " " + s).orElse("");
		put("naming", (codes.namesParticipants() ? "Participants are named, as the engagement's policy allows."
				: "Participants are shown by the codes of the cohort report, as the engagement's policy asks.") + released);
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
		Rows calls = new Rows();
		for (CohortProgress.Call call : progress.calls()) {
			CoachingQuality q = call.quality();
			calls.add("call", String.valueOf(call.number()), "participants", String.valueOf(call.participants()), "sessions",
					String.valueOf(q.sessions()), "open", CoachingLabels.percent(q.openShare()), "options",
					CoachingLabels.percent(q.partnerOptionShare()), "owned", CoachingLabels.percent(q.partnerOwnedShare()), "coach",
					CoachingLabels.percent(q.coachStanceShare()), "stances", CoachingLabels.stances(q));
		}
		if (calls.isEmpty()) {
			calls.add("call", "No call has debriefed a partner coaching session yet.", "participants", "", "sessions", "", "open", "",
					"options", "", "owned", "", "coach", "", "stances", "");
		}
		put("calls", calls);
		Rows coaching = new Rows();
		for (ParticipantProgress p : progress.participants()) {
			CoachingQuality q = p.coaching();
			if (q.sessions() == 0) {
				continue;
			}
			coaching.add("participant", codes.of(p.participant()), "sessions", String.valueOf(q.sessions()), "open",
					CoachingLabels.percent(q.openShare()), "options", CoachingLabels.percent(q.partnerOptionShare()), "owned",
					CoachingLabels.percent(q.partnerOwnedShare()), "stances", CoachingLabels.stances(q), "trend",
					p.calls().stream().map(c -> CoachingLabels.percent(c.quality().openShare())).collect(Collectors.joining(" → ")));
		}
		if (coaching.isEmpty()) {
			coaching.add("participant", "No partner coaching session is logged yet.", "sessions", "", "open", "", "options", "", "owned",
					"", "stances", "", "trend", "");
		}
		put("coaching", coaching);
	}

	private static String signed(OptionalDouble value) {
		return value.isPresent() ? Labels.signed(value.getAsDouble()) : Labels.NONE;
	}
}

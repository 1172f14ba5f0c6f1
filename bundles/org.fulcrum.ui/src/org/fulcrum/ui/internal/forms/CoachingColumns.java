package org.fulcrum.ui.internal.forms;

import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.fulcrum.coaching.CallDebrief;
import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.PartnerSessionSignals;
import org.fulcrum.coaching.PartnerSessions;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.model.PartnerCoachingSession;

/**
 * The columns the coaching forms show alike: partner coaching sessions with the quality their record
 * and review show, and a program's calls with the quality of the partner sessions each debriefed.
 */
public final class CoachingColumns {

	private CoachingColumns() {
	}

	/** Date, partner, kind, stance, the three shares and the review's do's met and don'ts, of partner coaching sessions. */
	public static void partnerSessions(TableViewer viewer) {
		Cells.column(viewer, "Date", 90, e -> String.valueOf(((PartnerCoachingSession) e).getDate()));
		Cells.column(viewer, "Partner", 160, e -> ((PartnerCoachingSession) e).getPartner() == null ? ""
				: ((PartnerCoachingSession) e).getPartner().getName());
		Cells.column(viewer, "Kind", 170, e -> CoachingLabels.kind(((PartnerCoachingSession) e).getKind()));
		Cells.column(viewer, "Stance", 130, e -> CoachingLabels.stance(stance((PartnerCoachingSession) e)));
		Cells.column(viewer, "Open questions", 105, e -> CoachingLabels.percent(signals(e).openShare()));
		Cells.column(viewer, "Options from the partner", 150, e -> CoachingLabels.percent(signals(e).partnerOptionShare()));
		Cells.column(viewer, "Actions owned by the partner", 170, e -> CoachingLabels.percent(signals(e).partnerOwnedShare()));
		Cells.column(viewer, "Do's met", 65, e -> String.valueOf(outcome(e).doesMet().size()));
		Cells.column(viewer, "Don'ts", 260, e -> outcome(e).dontsOccurred().stream().map(Checklist.Pair::id)
				.collect(Collectors.joining(", ")));
	}

	/** Call number, date, how many partner sessions it debriefs, their shares and stances. */
	public static void calls(TableViewer viewer) {
		Cells.column(viewer, "Call", 50, e -> String.valueOf(((CallDebrief) e).number()));
		Cells.column(viewer, "Date", 90, e -> String.valueOf(((CallDebrief) e).upTo()));
		Cells.column(viewer, "Sessions", 70, e -> String.valueOf(((CallDebrief) e).sessions().size()));
		Cells.column(viewer, "Open questions", 110, e -> CoachingLabels.percent(((CallDebrief) e).quality().openShare()));
		Cells.column(viewer, "Options from the partner", 160, e -> CoachingLabels.percent(((CallDebrief) e).quality().partnerOptionShare()));
		Cells.column(viewer, "Actions owned by the partner", 180, e -> CoachingLabels.percent(((CallDebrief) e).quality().partnerOwnedShare()));
		Cells.column(viewer, "Stances", 260, e -> CoachingLabels.stances(((CallDebrief) e).quality()));
	}

	/** What a call's debrief puts on its agenda, in one line: how many partner sessions, their stances and the don'ts seen. */
	public static String agenda(CallDebrief debrief) {
		if (debrief.sessions().isEmpty()) {
			return "no partner sessions logged since " + (debrief.after() == null ? "the start" : debrief.after());
		}
		String donts = debrief.sessions().stream().flatMap(s -> PartnerSessions.outcome(s).dontsOccurred().stream())
				.map(Checklist.Pair::id).distinct().collect(Collectors.joining(", "));
		return debrief.sessions().size() + (debrief.sessions().size() == 1 ? " partner session" : " partner sessions") + " to debrief; "
				+ CoachingLabels.stances(debrief.quality()) + "; don'ts: " + (donts.isEmpty() ? "none" : donts);
	}

	public static org.fulcrum.model.Stance stance(PartnerCoachingSession session) {
		return session.isSetObservedStance() ? session.getObservedStance() : null;
	}

	private static PartnerSessionSignals signals(Object session) {
		return PartnerSessions.signals((PartnerCoachingSession) session);
	}

	private static Reviews.Outcome outcome(Object session) {
		return PartnerSessions.outcome((PartnerCoachingSession) session);
	}
}

package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;

/**
 * The program's calls debrief the partner manager's real coaching sessions ("conduct actual coaching
 * sessions", manager-to-coach.txt): each call takes the partner sessions logged since the program's
 * session before it.
 */
public final class Debriefs {

	private Debriefs() {
	}

	/**
	 * The partner manager's partner sessions (every partner manager's when {@code manager} is null) dated
	 * after {@code after} (null: from the first) up to {@code upTo}, oldest first.
	 */
	public static List<PartnerCoachingSession> between(Engagement engagement, PartnerManager manager, LocalDate after, LocalDate upTo) {
		return engagement.getPartnerSessions().stream()
				.filter(s -> (manager == null || s.getPartnerManager() == manager) && s.getDate() != null)
				.filter(s -> (after == null || s.getDate().isAfter(after)) && !s.getDate().isAfter(upTo))
				.sorted(Comparator.comparing(PartnerCoachingSession::getDate)).toList();
	}

	/** One debrief per call of the program (sessions that are not workshops and not cancelled), in date order. */
	public static List<CallDebrief> calls(Engagement engagement, CoachingProgram program) {
		List<CoachingSession> sessions = program.getSessions().stream()
				.filter(s -> s.getStatus() != SessionStatus.CANCELLED && s.getDate() != null)
				.sorted(Comparator.comparing(CoachingSession::getDate)).toList();
		List<CallDebrief> calls = new ArrayList<>();
		LocalDate after = null;
		for (CoachingSession session : sessions) {
			if (session.getFormat() != SessionFormat.WORKSHOP) {
				List<PartnerCoachingSession> logged = between(engagement, program.getParticipant(), after, session.getDate());
				calls.add(new CallDebrief(session, calls.size() + 1, after, session.getDate(), logged, CoachingQuality.of(logged)));
			}
			after = session.getDate();
		}
		return calls;
	}

	/** The debrief of one call of a program; null when the session is a workshop, cancelled or undated. */
	public static CallDebrief of(Engagement engagement, CoachingSession call) {
		if (!(call.eContainer() instanceof CoachingProgram program)) {
			return null;
		}
		return calls(engagement, program).stream().filter(c -> c.call() == call).findFirst().orElse(null);
	}
}

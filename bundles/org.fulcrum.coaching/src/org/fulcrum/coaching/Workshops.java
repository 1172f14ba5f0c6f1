package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;

/**
 * The program's workshop is one day for a group of managers ("We did a one day Manager as Sales Coach
 * program to provide the managers with a general overview", manager-to-coach.txt; the role plays of
 * coaching-vs-drama-triangle.txt are played among the workshop's participants). Each manager's program
 * keeps its own workshop session (their stance and review are their own); the workshop sessions of
 * programs of one template on the same day are one workshop, held together. {@code program apply} for
 * every participant with one start date therefore gives them one workshop.
 */
public final class Workshops {

	private Workshops() {
	}

	/**
	 * One workshop: the template (empty for programs without one), its day, and each attending manager's
	 * workshop session, in the engagement's order of programs.
	 */
	public record Workshop(String template, LocalDate date, List<CoachingSession> sessions) {

		public Workshop {
			sessions = List.copyOf(sessions);
		}

		/** The managers who attend, one per session. */
		public List<PartnerManager> managers() {
			return sessions.stream().map(s -> ((CoachingProgram) s.eContainer()).getParticipant()).toList();
		}
	}

	/** Every workshop of the engagement (cancelled and undated workshop sessions left out), by day, then template. */
	public static List<Workshop> all(Engagement engagement) {
		Map<List<Object>, List<CoachingSession>> groups = new LinkedHashMap<>();
		for (CoachingProgram program : engagement.getPrograms()) {
			for (CoachingSession session : program.getSessions()) {
				if (session.getFormat() == SessionFormat.WORKSHOP && session.getDate() != null
						&& session.getStatus() != SessionStatus.CANCELLED) {
					groups.computeIfAbsent(List.of(Objects.toString(program.getTemplate(), ""), session.getDate()), k -> new ArrayList<>())
							.add(session);
				}
			}
		}
		return groups.entrySet().stream().map(e -> new Workshop((String) e.getKey().get(0), (LocalDate) e.getKey().get(1), e.getValue()))
				.sorted(Comparator.comparing(Workshop::date).thenComparing(Workshop::template)).toList();
	}

	/** The workshop a program's workshop session belongs to; empty for any other session. */
	public static Optional<Workshop> of(Engagement engagement, CoachingSession session) {
		return all(engagement).stream().filter(w -> w.sessions().contains(session)).findFirst();
	}
}

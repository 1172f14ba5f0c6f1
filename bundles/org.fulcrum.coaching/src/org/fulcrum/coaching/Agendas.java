package org.fulcrum.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fulcrum.issues.TaggedIssues;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.SessionStatus;

/** Builds the agenda of a participant's next coaching session. */
public final class Agendas {

	private Agendas() {
	}

	public static SessionAgenda next(Engagement engagement, PartnerManager participant, LocalDate asOf) {
		CoachingSession next = null;
		for (CoachingProgram program : engagement.getPrograms()) {
			if (program.getParticipant() != participant) {
				continue;
			}
			for (CoachingSession session : program.getSessions()) {
				if (session.getStatus() == SessionStatus.PLANNED && session.getDate() != null && !session.getDate().isBefore(asOf)
						&& (next == null || session.getDate().isBefore(next.getDate()))) {
					next = session;
				}
			}
		}
		DevelopmentPlan plan = Progress.latestPlan(engagement, participant).orElse(null);
		List<Goal> goals = new ArrayList<>();
		List<Action> open = new ArrayList<>();
		if (plan != null) {
			plan.getFocusAreas().forEach(area -> goals.addAll(area.getGoals()));
			goals.forEach(goal -> goal.getActions().stream().filter(Agendas::isOpen).forEach(open::add));
		}
		engagement.getPrograms().stream().filter(p -> p.getParticipant() == participant)
				.forEach(p -> p.getSessions().forEach(s -> s.getActions().stream().filter(Agendas::isOpen).forEach(open::add)));
		open.sort(Comparator.comparing(Action::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return new SessionAgenda(participant, next, goals, open, recentIssues(engagement, plan, asOf), debrief(engagement, next, asOf));
	}

	/** The next call's debrief as far as it is logged by the day: the partner sessions since the program's session before it. */
	private static CallDebrief debrief(Engagement engagement, CoachingSession next, LocalDate asOf) {
		CallDebrief call = next == null ? null : Debriefs.of(engagement, next);
		if (call == null) {
			return null;
		}
		PartnerManager manager = ((CoachingProgram) next.eContainer()).getParticipant();
		List<org.fulcrum.model.PartnerCoachingSession> logged = Debriefs.between(engagement, manager, call.after(),
				asOf.isBefore(call.upTo()) ? asOf : call.upTo());
		return new CallDebrief(next, call.number(), call.after(), call.upTo(), logged, CoachingQuality.of(logged));
	}

	/** The plan owner's recent issues tagged with the plan's focus traits ({@link TaggedIssues#RECENT}), newest first. */
	public static List<PartnerIssue> recentIssues(Engagement engagement, DevelopmentPlan plan, LocalDate asOf) {
		if (plan == null) {
			return List.of();
		}
		List<Dimension> traits = plan.getFocusAreas().stream().map(FocusArea::getTrait).toList();
		Instant endOfDay = asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
		return TaggedIssues.recent(engagement, plan.getParticipant(), traits, endOfDay, TaggedIssues.RECENT);
	}

	private static boolean isOpen(Action action) {
		return action.getStatus() != ActionStatus.DONE && action.getStatus() != ActionStatus.DROPPED;
	}
}

package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.DimensionChange;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.SessionStatus;

/** Computes progress per participant and per cohort from an engagement and its scored results. */
public final class Progress {

	private Progress() {
	}

	/** The progress of every participant with a plan or a program, in the engagement's order of people. */
	public static CohortProgress cohort(Engagement engagement, EngagementResult results, LocalDate asOf) {
		List<ParticipantProgress> all = new ArrayList<>();
		engagement.getPeople().stream().filter(PartnerManager.class::isInstance).map(PartnerManager.class::cast)
				.filter(p -> latestPlan(engagement, p).isPresent() || engagement.getPrograms().stream().anyMatch(g -> g.getParticipant() == p)
						|| engagement.getPartnerSessions().stream().anyMatch(s -> s.getPartnerManager() == p))
				.forEach(p -> all.add(participant(engagement, results, p, asOf)));
		Map<Dimension, List<ParticipantProgress>> byTrait = new LinkedHashMap<>();
		for (ParticipantProgress progress : all) {
			progress.focusTraits().forEach(t -> byTrait.computeIfAbsent(t, k -> new ArrayList<>()).add(progress));
		}
		List<CohortProgress.FocusTrait> traits = new ArrayList<>();
		byTrait.forEach((trait, members) -> {
			List<Double> changes = members.stream().flatMap(m -> m.changes().stream()).filter(c -> c.trait() == trait)
					.filter(c -> c.others().isPresent()).map(c -> c.others().getAsDouble()).toList();
			traits.add(new CohortProgress.FocusTrait(trait, members.size(), changes.size(),
					changes.isEmpty() ? OptionalDouble.empty() : changes.stream().mapToDouble(Double::doubleValue).average()));
		});
		List<PartnerCoachingSession> logged = Debriefs.between(engagement, null, null, asOf);
		return new CohortProgress(asOf, all, sum(all, ParticipantProgress::actionsDone), sum(all, ParticipantProgress::actionsDue),
				sum(all, ParticipantProgress::actionsOverdue), sum(all, ParticipantProgress::sessionsHeld),
				sum(all, ParticipantProgress::sessionsPlanned), sum(all, ParticipantProgress::sessionsMissed), traits,
				CoachingQuality.of(logged), cohortCalls(all));
	}

	/** Per call number, the partner sessions every participant's n-th call debriefed, taken together. */
	private static List<CohortProgress.Call> cohortCalls(List<ParticipantProgress> all) {
		Map<Integer, List<PartnerCoachingSession>> byNumber = new java.util.TreeMap<>();
		Map<Integer, Integer> participants = new java.util.TreeMap<>();
		for (ParticipantProgress progress : all) {
			for (CallDebrief call : progress.calls()) {
				byNumber.computeIfAbsent(call.number(), n -> new ArrayList<>()).addAll(call.sessions());
				participants.merge(call.number(), 1, Integer::sum);
			}
		}
		List<CohortProgress.Call> calls = new ArrayList<>();
		byNumber.forEach((number, sessions) -> calls.add(new CohortProgress.Call(number, participants.get(number),
				CoachingQuality.of(sessions))));
		return calls;
	}

	public static ParticipantProgress participant(Engagement engagement, EngagementResult results, PartnerManager participant,
			LocalDate asOf) {
		DevelopmentPlan plan = latestPlan(engagement, participant).orElse(null);
		List<Dimension> traits = plan == null ? List.of()
				: plan.getFocusAreas().stream().map(FocusArea::getTrait).filter(t -> t != null).toList();
		List<Action> actions = new ArrayList<>();
		if (plan != null) {
			plan.eAllContents().forEachRemaining(o -> {
				if (o instanceof Action action) {
					actions.add(action);
				}
			});
		}
		List<CallDebrief> calls = new ArrayList<>();
		int held = 0;
		int planned = 0;
		int missed = 0;
		for (CoachingProgram program : engagement.getPrograms()) {
			if (program.getParticipant() != participant) {
				continue;
			}
			Debriefs.calls(engagement, program).stream().filter(c -> !c.upTo().isAfter(asOf)).forEach(calls::add);
			for (CoachingSession session : program.getSessions()) {
				actions.addAll(session.getActions());
				if (session.getStatus() == SessionStatus.CANCELLED) {
					continue;
				}
				planned++;
				if (session.getStatus() == SessionStatus.HELD) {
					held++;
				} else if (session.getDate() != null && session.getDate().isBefore(asOf)) {
					missed++;
				}
			}
		}
		int done = 0;
		int due = 0;
		int overdue = 0;
		for (Action action : actions) {
			if (action.getStatus() == ActionStatus.DONE) {
				done++;
			} else if (action.getStatus() != ActionStatus.DROPPED) {
				if (action.getDueDate() != null && action.getDueDate().isBefore(asOf)) {
					overdue++;
				} else {
					due++;
				}
			}
		}
		List<ParticipantProgress.TraitChange> changes = new ArrayList<>();
		String note = changes(results, participant, traits, changes);
		calls.sort(java.util.Comparator.comparing(CallDebrief::upTo));
		return new ParticipantProgress(participant, plan, traits, done, due, overdue, held, planned, missed, changes, note,
				CoachingQuality.of(Debriefs.between(engagement, participant, null, asOf)), calls);
	}

	private static String changes(EngagementResult results, PartnerManager participant, List<Dimension> traits,
			List<ParticipantProgress.TraitChange> changes) {
		ParticipantResult latest = null;
		for (ParticipantResult result : results.participants()) {
			if (result.assessment().getSubject() == participant) {
				latest = result; // rounds are in the engagement's order: the last is the latest
			}
		}
		if (latest == null) {
			return "no assessment";
		}
		Optional<RoundComparison> comparison = latest.previousRound();
		if (comparison.isEmpty()) {
			return "no second assessment round yet";
		}
		if (!comparison.get().comparable()) {
			return comparison.get().note();
		}
		for (Dimension trait : traits) {
			for (DimensionChange change : comparison.get().changes()) {
				// the plan may point into another round's copy of the instrument: match by id
				if (change.dimension().getId().equals(trait.getId())) {
					changes.add(new ParticipantProgress.TraitChange(trait, change.others(), change.self()));
				}
			}
		}
		return "";
	}

	/** The participant's plan listed last in the engagement: the one they work on now. */
	public static Optional<DevelopmentPlan> latestPlan(Engagement engagement, PartnerManager participant) {
		DevelopmentPlan latest = null;
		for (DevelopmentPlan plan : engagement.getPlans()) {
			if (plan.getParticipant() == participant) {
				latest = plan;
			}
		}
		return Optional.ofNullable(latest);
	}

	private static int sum(List<ParticipantProgress> all, java.util.function.ToIntFunction<ParticipantProgress> count) {
		return all.stream().mapToInt(count).sum();
	}
}

package org.fulcrum.coaching.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.fulcrum.assessment.character.CharacterModel;
import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Action;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Goal;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.PlanStatus;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.model.query.Instruments;

/** An engagement with the Character Model, a participant, a coach, and results with exactly the figures a test gives. */
final class CoachingFixture {

	static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	static final LocalDate START = LocalDate.of(2026, 11, 2);

	final Engagement engagement = MODEL.createEngagement();
	final Instrument instrument = CharacterModel.load();
	final PartnerManager coachee = MODEL.createPartnerManager();
	final Person coach = MODEL.createPerson();
	final Assessment assessment = MODEL.createAssessment();

	CoachingFixture() {
		engagement.setId("eng");
		engagement.setConfidentiality(MODEL.createConfidentialityPolicy());
		engagement.getInstruments().add(instrument);
		coachee.setId("pm-szoke");
		coachee.setName("Ágnes Szőke");
		coach.setId("coach-holt");
		coach.setName("Maren Holt");
		engagement.getPeople().addAll(List.of(coachee, coach));
		assessment.setId("A-pm-szoke");
		assessment.setSubject(coachee);
		assessment.setInstrument(instrument);
		engagement.getAssessments().add(assessment);
	}

	Dimension dimension(String id) {
		return Instruments.dimension(instrument, id).orElseThrow();
	}

	/**
	 * Results with the given all-others and self means per dimension id ({@code {others, self}};
	 * a missing self is {@code NaN}, a withheld all-others {@code NaN}); blind spots as listed.
	 */
	ParticipantResult result(Map<String, double[]> means, String... blindSpots) {
		List<DimensionResult> dimensions = new ArrayList<>();
		instrument.eAllContents().forEachRemaining(o -> {
			if (o instanceof Dimension dimension) {
				double[] pair = means.getOrDefault(dimension.getId(), new double[] { 4.0, 4.0 });
				Map<RaterGroup, Figure> shown = new EnumMap<>(RaterGroup.class);
				if (!Double.isNaN(pair[0])) {
					shown.put(RaterGroup.ALL_OTHERS, new Figure(8, pair[0], 0.5, 2, 5, 0));
				}
				if (!Double.isNaN(pair[1])) {
					shown.put(RaterGroup.SELF, new Figure(1, pair[1], 0, pair[1], pair[1], 0));
				}
				dimensions.add(new DimensionResult(dimension, new Figures(shown, Set.of()), OptionalDouble.empty()));
			}
		});
		List<DimensionResult> spots = dimensions.stream().filter(d -> List.of(blindSpots).contains(d.dimension().getId())).toList();
		return new ParticipantResult(assessment, dimensions, List.of(), spots, List.of(), List.of(), List.of(), Map.of(), List.of(),
				Optional.empty(), List.of());
	}

	static Map<String, double[]> means(Object... idOthersSelf) {
		Map<String, double[]> means = new LinkedHashMap<>();
		for (int i = 0; i < idOthersSelf.length; i += 3) {
			means.put((String) idOthersSelf[i], new double[] { (double) idOthersSelf[i + 1], (double) idOthersSelf[i + 2] });
		}
		return means;
	}

	/** An agreed plan from START on Empathy with one goal, holding {@code action}. */
	DevelopmentPlan planWith(Action action) {
		DevelopmentPlan plan = MODEL.createDevelopmentPlan();
		plan.setId("DP-1");
		plan.setParticipant(coachee);
		plan.setStart(START);
		plan.setStatus(PlanStatus.AGREED);
		FocusArea area = MODEL.createFocusArea();
		area.setTrait(dimension("EMP"));
		Goal goal = MODEL.createGoal();
		goal.setId("G-1");
		goal.setStatement("Understand how my small partners sell before I propose anything");
		goal.getActions().add(action);
		area.getGoals().add(goal);
		plan.getFocusAreas().add(area);
		engagement.getPlans().add(plan);
		return plan;
	}

	CoachingSession sessionWith(Action action) {
		CoachingProgram program = engagement.getPrograms().isEmpty() ? null : engagement.getPrograms().get(0);
		if (program == null) {
			program = MODEL.createCoachingProgram();
			program.setId("PRG-1");
			program.setParticipant(coachee);
			program.setCoach(coach);
			engagement.getPrograms().add(program);
		}
		CoachingSession session = MODEL.createCoachingSession();
		session.setId("S-" + (program.getSessions().size() + 1));
		session.setDate(START.plusWeeks(2));
		session.setStatus(SessionStatus.HELD);
		session.setFormat(SessionFormat.TELEPHONE);
		if (action != null) {
			session.getActions().add(action);
		}
		program.getSessions().add(session);
		return session;
	}

	Action action(String what, String measure, LocalDate due, Person owner) {
		Action action = MODEL.createAction();
		action.setId("ACT-" + System.identityHashCode(action));
		action.setWhat(what);
		action.setMeasure(measure);
		action.setDueDate(due);
		action.setOwner(owner);
		return action;
	}

	Action smartAction() {
		return action("Call my two Gold partners every week about their pipeline", "Calls logged in the CRM",
				START.plusWeeks(6), coachee);
	}
}

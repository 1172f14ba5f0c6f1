package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.MODEL;
import static org.fulcrum.coaching.tests.CoachingFixture.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.coaching.Agendas;
import org.fulcrum.coaching.CallDebrief;
import org.fulcrum.coaching.CoachingQuality;
import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.Debriefs;
import org.fulcrum.coaching.ParticipantProgress;
import org.fulcrum.coaching.Progress;
import org.fulcrum.coaching.SessionAgenda;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.Question;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.model.Stance;
import org.junit.jupiter.api.Test;

/** Each call debriefs the partner sessions logged since the program's session before it; progress shows them call by call. */
class DebriefsTest {

	private final CoachingFixture fixture = new CoachingFixture();
	private final CoachingProgram program = MODEL.createCoachingProgram();

	DebriefsTest() {
		program.setId("PRG-1");
		program.setParticipant(fixture.coachee);
		program.setCoach(fixture.coach);
		fixture.engagement.getPrograms().add(program);
		session("S1", SessionFormat.WORKSHOP, START, SessionStatus.HELD);
		session("S2", SessionFormat.TELEPHONE, START.plusDays(14), SessionStatus.HELD);
		session("S3", SessionFormat.TELEPHONE, START.plusDays(28), SessionStatus.PLANNED);
	}

	private void session(String id, SessionFormat format, LocalDate date, SessionStatus status) {
		CoachingSession session = MODEL.createCoachingSession();
		session.setId(id);
		session.setFormat(format);
		session.setDate(date);
		session.setStatus(status);
		program.getSessions().add(session);
	}

	/** A partner session on the day with {@code open} open and {@code closed} closed questions and the stance. */
	private PartnerCoachingSession logged(String id, LocalDate day, int open, int closed, Stance stance) {
		PartnerCoachingSession session = MODEL.createPartnerCoachingSession();
		session.setId(id);
		session.setPartnerManager(fixture.coachee);
		session.setDate(day);
		for (int i = 0; i < open + closed; i++) {
			Question question = MODEL.createQuestion();
			question.setOpen(i < open);
			session.getQuestions().add(question);
		}
		session.setObservedStance(stance);
		fixture.engagement.getPartnerSessions().add(session);
		return session;
	}

	@Test
	void eachCallTakesThePartnerSessionsSinceTheSessionBeforeIt() {
		PartnerCoachingSession before = logged("before", START.minusDays(1), 1, 3, Stance.PERSECUTOR);
		PartnerCoachingSession first = logged("first", START.plusDays(3), 1, 1, Stance.RESCUER);
		PartnerCoachingSession onTheCall = logged("on-the-call", START.plusDays(14), 2, 2, Stance.COACH);
		PartnerCoachingSession later = logged("later", START.plusDays(20), 3, 1, Stance.COACH);

		List<CallDebrief> calls = Debriefs.calls(fixture.engagement, program);
		assertEquals(2, calls.size());
		assertEquals(List.of(first, onTheCall), calls.get(0).sessions());
		assertEquals(START, calls.get(0).after());
		assertEquals(List.of(later), calls.get(1).sessions());
		assertEquals(0.5, calls.get(0).quality().openShare().getAsDouble(), 1e-9);
		assertEquals(0.75, calls.get(1).quality().openShare().getAsDouble(), 1e-9);
		assertEquals(1, calls.get(0).quality().stance(Stance.RESCUER));
		assertEquals(0.5, calls.get(0).quality().coachStanceShare().getAsDouble(), 1e-9);
		assertTrue(calls.stream().noneMatch(c -> c.sessions().contains(before)));

		SessionAgenda agenda = Agendas.next(fixture.engagement, fixture.coachee, START.plusDays(21));
		assertEquals("S3", agenda.session().getId());
		assertEquals(2, agenda.debrief().number());
		assertEquals(List.of(later), agenda.debrief().sessions());
	}

	@Test
	void progressShowsTheCoachingQualityCallByCall() {
		logged("a", START.plusDays(3), 1, 3, Stance.PERSECUTOR);
		logged("b", START.plusDays(20), 3, 1, Stance.COACH);
		EngagementResult none = new EngagementResult(List.of(), List.of(), List.of());
		ParticipantProgress progress = Progress.participant(fixture.engagement, none, fixture.coachee, START.plusDays(21));
		assertEquals(1, progress.calls().size()); // the second call is after the day
		assertEquals(0.25, progress.calls().get(0).quality().openShare().getAsDouble(), 1e-9);
		assertEquals(0.5, progress.coaching().openShare().getAsDouble(), 1e-9);
		CohortProgress cohort = Progress.cohort(fixture.engagement, none, START.plusDays(28));
		assertEquals(List.of(1, 2), cohort.calls().stream().map(CohortProgress.Call::number).toList());
		CoachingQuality second = cohort.calls().get(1).quality();
		assertEquals(0.75, second.openShare().getAsDouble(), 1e-9);
		assertEquals(1, second.stance(Stance.COACH));
		assertEquals(2, cohort.coaching().sessions());
		assertNull(Debriefs.of(fixture.engagement, program.getSessions().get(0))); // the workshop debriefs nothing
	}
}

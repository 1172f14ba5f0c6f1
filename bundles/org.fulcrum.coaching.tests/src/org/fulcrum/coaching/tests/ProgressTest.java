package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.coaching.Agendas;
import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.ParticipantProgress;
import org.fulcrum.coaching.Progress;
import org.fulcrum.coaching.SessionAgenda;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.SessionStatus;
import org.junit.jupiter.api.Test;

/** Progress counts actions done, due and overdue and sessions held against planned; the agenda brings real cases. */
class ProgressTest {

	private final CoachingFixture fixture = new CoachingFixture();

	@Test
	void actionsAndSessionsAreCountedAsOfTheDay() {
		Action done = fixture.smartAction();
		done.setStatus(ActionStatus.DONE);
		fixture.planWith(done);
		Action overdue = fixture.smartAction();
		overdue.setDueDate(START.plusWeeks(3));
		fixture.engagement.getPlans().get(0).getFocusAreas().get(0).getGoals().get(0).getActions().add(overdue);
		Action due = fixture.smartAction();
		fixture.sessionWith(due); // held, due at START + 6 weeks
		Action dropped = fixture.smartAction();
		dropped.setStatus(ActionStatus.DROPPED);
		CoachingSession planned = fixture.sessionWith(dropped);
		planned.setStatus(SessionStatus.PLANNED); // dated START + 2 weeks: missed by START + 4 weeks
		fixture.sessionWith(null).setStatus(SessionStatus.CANCELLED);
		CoachingSession next = fixture.sessionWith(null);
		next.setStatus(SessionStatus.PLANNED);
		next.setDate(START.plusWeeks(5));

		EngagementResult none = new EngagementResult(List.of(), List.of(), List.of());
		ParticipantProgress progress = Progress.participant(fixture.engagement, none, fixture.coachee, START.plusWeeks(4));
		assertEquals(1, progress.actionsDone());
		assertEquals(1, progress.actionsDue());
		assertEquals(1, progress.actionsOverdue());
		assertEquals(1, progress.sessionsHeld());
		assertEquals(3, progress.sessionsPlanned());
		assertEquals(1, progress.sessionsMissed());
		assertEquals(List.of(fixture.dimension("EMP")), progress.focusTraits());
		assertEquals("no assessment", progress.note());

		CohortProgress cohort = Progress.cohort(fixture.engagement, none, START.plusWeeks(4));
		assertEquals(1, cohort.participants().size());
		assertEquals(1, cohort.focusTraits().size());
		assertEquals(1, cohort.focusTraits().get(0).participants());
		assertEquals(0, cohort.focusTraits().get(0).measured());

		SessionAgenda agenda = Agendas.next(fixture.engagement, fixture.coachee, START.plusWeeks(4));
		assertEquals(next, agenda.session());
		assertEquals(List.of(overdue, due), agenda.openActions());
	}

	@Test
	void theAgendaListsRecentIssuesTaggedWithTheFocusTraits() {
		fixture.planWith(fixture.smartAction());
		PartnerOrganization partner = FulcrumFactory.eINSTANCE.createPartnerOrganization();
		partner.setId("ptn-dunaj");
		fixture.engagement.getPartners().add(partner);
		PartnerIssue tagged = issue("ISS-0001", partner, START.minusDays(10), "EMP");
		issue("ISS-0002", partner, START.minusDays(5), "ACC");
		issue("ISS-0003", partner, START.minusDays(200), "EMP");
		assertEquals(List.of(tagged), Agendas.next(fixture.engagement, fixture.coachee, START).recentIssues());
	}

	private PartnerIssue issue(String id, PartnerOrganization partner, java.time.LocalDate opened, String trait) {
		PartnerIssue issue = FulcrumFactory.eINSTANCE.createPartnerIssue();
		issue.setId(id);
		issue.setPartner(partner);
		issue.setOwner(fixture.coachee);
		issue.setOpened(java.util.Date.from(opened.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		issue.getTraits().add(fixture.dimension(trait));
		fixture.engagement.getIssues().add(issue);
		return issue;
	}
}

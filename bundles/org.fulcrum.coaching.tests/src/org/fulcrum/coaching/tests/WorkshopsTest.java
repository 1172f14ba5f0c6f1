package org.fulcrum.coaching.tests;

import static org.fulcrum.coaching.tests.CoachingFixture.MODEL;
import static org.fulcrum.coaching.tests.CoachingFixture.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.coaching.Workshops;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.SessionStatus;
import org.junit.jupiter.api.Test;

/** The workshop is one day for several managers: programs of one template with their workshop on the same day share it. */
class WorkshopsTest {

	private final CoachingFixture fixture = new CoachingFixture();
	private final ProgramTemplate template = ProgramTemplates.installed().find("manager-as-sales-coach").orElseThrow();

	@Test
	void programsAppliedFromOneStartShareOneWorkshopAnotherDayIsAnotherWorkshop() {
		PartnerManager second = manager("pm-dvorak", "Jiří Dvořák");
		PartnerManager third = manager("pm-martin", "Zoë Martin");
		CoachingProgram first = Programs.apply(fixture.engagement, template, fixture.coachee, fixture.coach, START, 14);
		Programs.apply(fixture.engagement, template, second, fixture.coach, START, 10);
		CoachingProgram later = Programs.apply(fixture.engagement, template, third, fixture.coach, START.plusWeeks(1), 14);

		List<Workshops.Workshop> workshops = Workshops.all(fixture.engagement);
		assertEquals(2, workshops.size());
		assertEquals(START, workshops.get(0).date());
		assertEquals("manager-as-sales-coach", workshops.get(0).template());
		assertEquals(List.of(fixture.coachee, second), workshops.get(0).managers(), "one workshop, two managers");
		assertEquals(List.of(third), workshops.get(1).managers());
		assertEquals(workshops.get(0), Workshops.of(fixture.engagement, first.getSessions().get(0)).orElseThrow());
		assertTrue(Workshops.of(fixture.engagement, first.getSessions().get(1)).isEmpty(), "a call is no workshop");

		later.getSessions().get(0).setDate(START);
		assertEquals(List.of(fixture.coachee, second, third), Workshops.all(fixture.engagement).get(0).managers(),
				"moved to the same day, the third manager joins the workshop");
		first.getSessions().get(0).setStatus(SessionStatus.CANCELLED);
		assertEquals(List.of(second, third), Workshops.all(fixture.engagement).get(0).managers(), "a cancelled workshop session is not attended");
	}

	private PartnerManager manager(String id, String name) {
		PartnerManager manager = MODEL.createPartnerManager();
		manager.setId(id);
		manager.setName(name);
		fixture.engagement.getPeople().add(manager);
		return manager;
	}
}

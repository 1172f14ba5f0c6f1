package org.fulcrum.coaching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.junit.jupiter.api.Test;

/** Programs come from templates contributed through the extension point and fall on the dates the rule gives. */
class ProgramsTest {

	private static final ProgramTemplate SALES_COACH = ProgramTemplates.installed().find("manager-as-sales-coach").orElseThrow();

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void managerAsSalesCoachIsAWorkshopThenSixTelephoneSessions() {
		assertEquals("Manager as Sales Coach", SALES_COACH.name());
		assertEquals("org.fulcrum.coaching", SALES_COACH.contributor());
		assertEquals(7, SALES_COACH.steps().size());
		assertEquals(SessionFormat.WORKSHOP, SALES_COACH.steps().get(0).format());
		assertTrue(SALES_COACH.steps().subList(1, 7).stream().allMatch(s -> s.format() == SessionFormat.TELEPHONE && s.minutes() == 45));
		assertEquals(List.of(), ProgramTemplates.installed().problems());
	}

	@Test
	void sessionsFollowEveryIntervalFromTheStart() {
		assertEquals(List.of(day("2026-11-02"), day("2026-11-16"), day("2026-11-30"), day("2026-12-14"), day("2026-12-28"),
				day("2027-01-11"), day("2027-01-25")), Programs.schedule(SALES_COACH, day("2026-11-02"), 14));
	}

	@Test
	void aWeekendMovesToTheMondayAfterAndTheRhythmIsKept() {
		// from Friday 2026-11-06 every 8 days: Sat 14 → Mon 16, Sun 22 → Mon 23, Mon 30, Tue 8 Dec, Wed 16, Thu 24
		assertEquals(List.of(day("2026-11-06"), day("2026-11-16"), day("2026-11-23"), day("2026-11-30"), day("2026-12-08"),
				day("2026-12-16"), day("2026-12-24")), Programs.schedule(SALES_COACH, day("2026-11-06"), 8));
	}

	@Test
	void aSessionsOwnDistanceOverridesTheInterval() {
		ProgramTemplate custom = new ProgramTemplate("t", "T", "", 14, List.of(
				new ProgramTemplate.Step(SessionFormat.WORKSHOP, "kick-off", 240, OptionalInt.empty()),
				new ProgramTemplate.Step(SessionFormat.TELEPHONE, "follow-up", 30, OptionalInt.of(3)),
				new ProgramTemplate.Step(SessionFormat.VIDEO, "review", 45, OptionalInt.empty())), "test");
		assertEquals(List.of(day("2026-11-02"), day("2026-11-05"), day("2026-11-19")), Programs.schedule(custom, day("2026-11-02"), 14));
	}

	@Test
	void applyingGivesPlannedSessionsOnceForAParticipant() {
		CoachingFixture fixture = new CoachingFixture();
		CoachingProgram program = Programs.apply(fixture.engagement, SALES_COACH, fixture.coachee, fixture.coach, day("2026-11-02"), 7);
		assertEquals("PRG-pm-szoke-manager-as-sales-coach", program.getId());
		assertEquals(7, program.getSessions().size());
		assertEquals("PRG-pm-szoke-manager-as-sales-coach-S7", program.getSessions().get(6).getId());
		assertEquals(day("2026-12-14"), program.getSessions().get(6).getDate());
		assertTrue(program.getSessions().stream().allMatch(s -> s.getStatus() == SessionStatus.PLANNED));
		assertEquals(fixture.coach, program.getCoach());
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> Programs.apply(fixture.engagement, SALES_COACH, fixture.coachee, null, day("2027-01-04"), 7));
		assertEquals("Ágnes Szőke already has a Manager as Sales Coach program", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Programs.schedule(SALES_COACH, day("2026-11-02"), 0));
	}
}

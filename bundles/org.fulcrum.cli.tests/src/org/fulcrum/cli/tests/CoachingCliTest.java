package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Action;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Goal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan and program on the demo engagement, which holds plans and programs as of 2026-11-27 (issues: IssuesCliTest). */
class CoachingCliTest {

	@TempDir
	static Path folder;
	private static Path demo;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void demo() {
		Path dir = folder.resolve("demo");
		int code = new Cli(new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).run("demo", dir.toString());
		assertEquals(ExitCode.OK, code);
		demo = dir.resolve("demo-engagement.fulcrum");
	}

	private int run(String... arguments) {
		out.reset();
		err.reset();
		return new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
				.run(arguments);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path copy(String name) throws Exception {
		Path copy = folder.resolve(name + ".fulcrum");
		Files.copy(demo, copy);
		return copy;
	}

	@Test
	void theDemosPlansAndSessionsPassTheSmartCheck() {
		assertEquals(ExitCode.OK, run("plan", "check", demo.toString()), err());
		assertTrue(out().contains("demo-engagement.fulcrum: 4 plans, 4 programs: 0 errors, 0 warnings"), out());
	}

	@Test
	void aVagueActionFailsThePlanCheckWithWhatToAdd() throws Exception {
		Path file = copy("vague");
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Goal goal = document.engagement().getPlans().get(0).getFocusAreas().get(0).getGoals().get(0);
			Action vague = FulcrumFactory.eINSTANCE.createAction();
			vague.setId("ACT-VAGUE");
			vague.setWhat("Listen more to partners");
			vague.setOwner(document.engagement().getPlans().get(0).getParticipant());
			goal.getActions().add(vague);
			document.markDirty();
			document.save();
		}
		assertEquals(ExitCode.FINDINGS, run("plan", "check", file.toString()));
		assertTrue(out().contains("error: development plan DP-A-pm-dvorak / "), out());
		assertTrue(out().contains("The action 'Listen more to partners' has no measure. Good intentions are not actions"), out());
		assertTrue(out().contains("2 errors"), out());
		assertEquals(ExitCode.FINDINGS, run("validate", file.toString()));
		assertTrue(out().contains("has no due date"), out());
	}

	@Test
	void planDraftPicksFocusTraitsAndLeavesTheGoalsToTheCoachee() throws Exception {
		Path file = copy("draft");
		assertEquals(ExitCode.OK, run("plan", "draft", file.toString(), "--participant", "pm-olgaard", "--start", "2026-12-01"), err());
		assertTrue(out().startsWith("Development plan DP-A-pm-olgaard for Søren Ølgaard (draft, from 2026-12-01, based on the baseline"),
				out());
		assertTrue(out().contains("goal: (for the coachee to state) In your own words"), out());
		assertTrue(new EngagementStore().read(file).getPlans().stream().anyMatch(p -> p.getId().equals("DP-A-pm-olgaard")));
		assertEquals(ExitCode.FINDINGS, run("plan", "draft", file.toString(), "--participant", "pm-olgaard"));
		assertTrue(err().contains("Søren Ølgaard already has plan DP-A-pm-olgaard"), err());
		assertEquals(ExitCode.USAGE, run("plan", "draft", file.toString(), "--participant", "pm-nobody"));
		assertEquals(ExitCode.USAGE, run("plan", "draft", file.toString()));
		assertEquals(ExitCode.USAGE, run("plan", "redo", file.toString()));
		assertTrue(err().contains("unknown subcommand 'redo'"), err());
	}

	@Test
	void theDraftListsRecentIssuesTaggedWithItsFocusTraits() throws Exception {
		Path file = copy("agenda");
		assertEquals(ExitCode.OK, run("program", "agenda", file.toString(), "--participant", "pm-dvorak", "--as-of", "2026-11-27"));
		assertTrue(out().startsWith("Next session of Jiří Dvořák: 2026-12-07, telephone, 45 min:"), out());
		assertTrue(out().contains("ISS-0002 2026-11-19 Deal registration rejected again"), out());
	}

	@Test
	void programApplyGeneratesTheSessionsOnTheConsultantsSchedule() throws Exception {
		Path file = copy("program");
		assertEquals(ExitCode.OK, run("program", "apply", file.toString(), "--template", "manager-as-sales-coach", "--start",
				"2027-01-04", "--every", "7", "--participant", "pm-olgaard", "--coach", "coach-holt"), err());
		assertTrue(out().contains("PRG-pm-olgaard-manager-as-sales-coach  Søren Ølgaard: [2027-01-04 workshop, 2027-01-11 telephone, "
				+ "2027-01-18 telephone, 2027-01-25 telephone, 2027-02-01 telephone, 2027-02-08 telephone, 2027-02-15 telephone]"), out());
		assertEquals(ExitCode.OK, run("program", "apply", file.toString(), "--template", "manager-as-sales-coach", "--start",
				"2027-01-04", "--participant", "pm-olgaard"));
		assertTrue(err().contains("Søren Ølgaard already has a Manager as Sales Coach program; left as it is"), err());
		assertEquals(ExitCode.USAGE, run("program", "apply", file.toString(), "--template", "nothing", "--start", "2027-01-04"));
		assertEquals(ExitCode.USAGE, run("program", "apply", file.toString(), "--template", "manager-as-sales-coach", "--start",
				"4 January"));
		assertEquals(ExitCode.OK, run("program", "list"));
		assertTrue(out().startsWith("manager-as-sales-coach  Manager as Sales Coach: 7 sessions"), out());
	}

	@Test
	void programProgressCountsTheCohort() {
		assertEquals(ExitCode.OK, run("program", "progress", demo.toString(), "--as-of", "2026-11-27"));
		assertTrue(out().startsWith("Coaching progress as of 2026-11-27: 4 participants;"), out());
		assertTrue(out().contains("sessions 7 of 28 held, 1 missed"), out());
	}

	@Test
	void programReviewShowsASessionsSignalsAndItsDosAndDonts() {
		assertEquals(ExitCode.OK, run("program", "review", demo.toString(), "PRG-pm-schroeder-manager-as-sales-coach-S2"), err());
		assertTrue(out().contains("open questions: 25%; options from the coachee: 1; actions: 1, all owned by the coachee, all SMART"),
				out());
		assertTrue(out().contains("stance observed: rescuer"), out());
		assertTrue(out().contains("don'ts that occurred:\n    - Use many closed questions that stifle conversation\n"), out());
		assertEquals(ExitCode.USAGE, run("program", "review", demo.toString(), "S-nowhere"));
	}
}

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
		assertTrue(out().matches("(?s).*demo-engagement\\.fulcrum: 4 plans, 4 programs, \\d+ partner sessions: 0 errors, \\d+ warnings.*"),
				out());
		// plans and programs are clean; the warnings are the partner managers' early coaching in their partner sessions
		out().lines().filter(l -> l.contains(": warning: "))
				.forEach(l -> assertTrue(l.contains(": warning: partner coaching session PS-"), l));
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
		assertTrue(out().contains("note: Søren Ølgaard already has a Manager as Sales Coach program; left as it is"), out());
		assertEquals("", err());
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
		assertTrue(out().contains("don'ts that occurred:\n    - Don't use many closed questions as these stifle conversation.\n"), out());
		assertEquals(ExitCode.USAGE, run("program", "review", demo.toString(), "S-nowhere"));
	}

	@Test
	void sessionsListsThePartnerSessionsAndTheirQuality() throws Exception {
		long logged = new EngagementStore().read(demo).getPartnerSessions().stream()
				.filter(s -> s.getPartnerManager().getId().equals("pm-dvorak") && !s.getDate().isAfter(java.time.LocalDate.of(2026, 11, 27)))
				.count();
		assertTrue(logged >= 3, "one before the workshop and two before the first call: " + logged);
		assertEquals(ExitCode.OK, run("sessions", "list", demo.toString(), "--participant", "pm-dvorak", "--as-of", "2026-11-27"), err());
		String[] lines = out().split("\n");
		assertEquals(logged + 1, lines.length, out());
		assertTrue(lines[0].startsWith("PS-pm-dvorak-2026-11-05  2026-11-05  Jiří Dvořák with Dunaj IT s.r.o."), lines[0]);
		assertTrue(lines[lines.length - 1].startsWith(logged + " partner sessions: open questions "), out());
		assertEquals(ExitCode.USAGE, run("sessions", "list", demo.toString(), "--participant", "pm-nobody"));
	}

	@Test
	void sessionsReviewMarksADoAndItsDontInTheTextsWords() throws Exception {
		Path file = copy("review");
		String id = new EngagementStore().read(file).getPartnerSessions().get(0).getId();
		assertEquals(ExitCode.OK, run("sessions", "review", file.toString(), id, "--mark", "value-ideas:do"), err());
		assertEquals(ExitCode.OK, run("sessions", "review", file.toString(), id, "--mark", "value-ideas:dont", "--note", "dismissed the pilot"));
		assertTrue(out().contains("value-ideas" + " ".repeat(10) + "[x] Do value the partner's opinions, thoughts, options and action plans.\n"
				+ " ".repeat(23) + "[x] Don't assume you know better than the coachee or assume their ideas won't work.\n"), out());
		assertTrue(out().contains("advice (value-ideas): If you are concerned about the practicality or scope of the partner's ideas"), out());
		var review = new EngagementStore().read(file).getPartnerSessions().get(0).getReview();
		assertTrue(review.stream().anyMatch(e -> "value-ideas".equals(e.getRule()) && e.getKind().getLiteral().equals("dont")
				&& e.isObserved() && "dismissed the pilot".equals(e.getNote())));
		assertEquals(ExitCode.USAGE, run("sessions", "review", file.toString(), id, "--mark", "be-nice:do"));
		assertTrue(err().contains("--mark and --unmark take PAIR:do or PAIR:dont"), err());
	}

	@Test
	void sessionsImportTakesAllRowsOrNoneAndAddLogsOne() throws Exception {
		Path file = copy("import");
		Path csv = folder.resolve("sessions.csv");
		String header = "partner_manager,partner,coachees,kind,date,minutes,topic,situation,partner_goal,stance,questions,options,actions\n";
		Files.writeString(csv, header + "pm-olgaard,ptn-baltic,,meeting-preparation,2026-12-03,30,The Vilnius bank pitch,The pitch is on Friday,"
				+ "Certify four more consultants on the platform,bully,\"closed: Ready? | multiple choice: Price, demo or references?\","
				+ "\"coach: Use our deck\",\"pm-olgaard: Send the deck; Deck sent; 2026-12-04\"\n"
				+ "pm-nobody,ptn-baltic,,lunch,2026-12-32,x,,,,hero,\"what?\",,\"pm-olgaard: no parts\"\n");
		byte[] before = Files.readAllBytes(file);
		assertEquals(ExitCode.FINDINGS, run("sessions", "import", file.toString(), csv.toString()));
		assertTrue(err().contains("sessions.csv:3: partner_manager: no partner manager with id 'pm-nobody' in the engagement"), err());
		assertTrue(err().contains("sessions.csv:3: kind: 'lunch' is not one of"), err());
		assertTrue(err().contains("sessions.csv:3: date: '2026-12-32' is not a date like 2026-11-18"), err());
		assertTrue(err().contains("sessions.csv:3: stance: 'hero' is not one of coach, bully (or persecutor), victim, rescuer"), err());
		assertTrue(err().contains("sessions.csv:3: actions: 'pm-olgaard: no parts' is not 'OWNER-ID: what; measure; due date[; support]'"),
				err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "nothing half-written");

		Files.writeString(csv, header + "pm-olgaard,ptn-baltic,,meeting-preparation,2026-12-03,30,The Vilnius bank pitch,The pitch is on Friday,"
				+ "Certify four more consultants on the platform,bully,\"closed: Ready? | multiple choice: Price, demo or references?\","
				+ "\"coach: Use our deck\",\"pm-olgaard: Send the deck; Deck sent; 2026-12-04\"\n");
		assertEquals(ExitCode.OK, run("sessions", "import", file.toString(), csv.toString()), err());
		assertEquals("PS-pm-olgaard-2026-12-03", out().lines().findFirst().orElseThrow(), out());
		assertEquals(ExitCode.OK, run("sessions", "review", file.toString(), "PS-pm-olgaard-2026-12-03"));
		assertTrue(out().contains("questions: 0 open, 1 closed, 1 multiple choice; options: 0 from the partner, 1 from the partner manager, "
				+ "the last from the partner manager"), out());
		assertTrue(out().contains("stance: bully (persecutor)"), out());
		assertTrue(out().contains("open-questions" + " ".repeat(7) + "[ ] Do ask open questions, then listen and reflect what the partner says.\n"
				+ " ".repeat(23) + "[x] Don't ask multiple choice questions where you supply a list of possible answers!"), out());

		assertEquals(ExitCode.OK, run("sessions", "add", file.toString(), "--participant", "pm-olgaard", "--date", "2026-12-10", "--kind",
				"opportunity-coaching", "--stance", "coach", "--minutes", "25"), err());
		assertEquals("PS-pm-olgaard-2026-12-10", out().lines().findFirst().orElseThrow(), out());
		assertEquals(ExitCode.USAGE, run("sessions", "add", file.toString(), "--participant", "pm-olgaard", "--date", "2026-12-10",
				"--kind", "chat"));
	}

	@Test
	void theAgendaListsThePartnerSessionsTheCallDebriefs() throws Exception {
		Path file = copy("debrief");
		assertEquals(ExitCode.OK, run("program", "agree", file.toString(), "PRG-pm-szoke-manager-as-sales-coach", "--expectations",
				"Coach partners on deals instead of closing them myself", "--accountability", "Two logged partner sessions between calls"),
				err());
		assertEquals(ExitCode.OK, run("program", "agenda", file.toString(), "--participant", "pm-szoke", "--as-of", "2026-11-27"));
		assertTrue(out().contains("Partner coaching sessions to debrief (call 2, logged since 2026-11-23):"), out());
		assertTrue(out().contains("Agreement (PRG-pm-szoke-manager-as-sales-coach): expectations: Coach partners on deals instead of "
				+ "closing them myself; metrics and accountability: Two logged partner sessions between calls"), out());
		assertEquals(ExitCode.OK, run("program", "agenda", file.toString(), "--participant", "pm-szoke", "--as-of", "2026-11-02"));
		assertTrue(out().contains("Next session of Ágnes Szőke: 2026-11-09, workshop, 420 min"), out());
		assertTrue(out().contains("The workshop is one day for 4 managers: "), out());
		assertEquals(ExitCode.OK, run("program", "progress", demo.toString(), "--as-of", "2027-02-01"));
		assertTrue(out().contains("Partner coaching of the cohort: "), out());
		assertTrue(out().contains("  call 6 (4 participants): 8 sessions debriefed; open questions "), out());
	}
}

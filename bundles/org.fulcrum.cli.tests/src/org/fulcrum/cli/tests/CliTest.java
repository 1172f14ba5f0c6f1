package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every outcome of ./fulcrum has its exit code and, for user errors, one line on stderr without a stack trace. */
class CliTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(arguments);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private void assertOneLineReason(String expected) {
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("fulcrum: "), err());
		assertTrue(err().contains(expected), err());
		assertFalse(err().contains("\tat "), "no stack trace without --debug");
	}

	@Test
	void helpListsTheCommandsAndExitCodes() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(out().contains("demo [DIR]"), out());
		assertTrue(out().contains("validate FILE"), out());
		assertTrue(out().contains("exit codes"), out());
		assertEquals(ExitCode.OK, run());
		assertEquals(ExitCode.OK, run("validate", "--help"));
		assertTrue(out().startsWith("usage: ./fulcrum validate"), out());
	}

	@Test
	void versionNamesTheBundleVersion() {
		assertEquals(ExitCode.OK, run("--version"));
		assertTrue(out().matches("Fulcrum 0\\.1\\.0\\.\\S+ \\(Java .*\\)\\R"), out());
	}

	@Test
	void instrumentsListsTheCharacterModelFromItsPlugin() {
		assertEquals(ExitCode.OK, run("instruments"));
		assertTrue(out().startsWith("character-model"), out());
		assertTrue(out().contains("(11 dimensions, 34 items, 1-5 scale) from org.fulcrum.assessment.character"), out());
		assertEquals("", err());
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		assertEquals(ExitCode.USAGE, run("frobnicate"));
		assertOneLineReason("unknown command 'frobnicate'");
	}

	@Test
	void missingArgumentsAndUnknownOptionsAreUsageErrors() {
		assertEquals(ExitCode.USAGE, run("validate"));
		assertOneLineReason("missing the engagement FILE");
		assertEquals(ExitCode.USAGE, run("validate", "x.fulcrum", "--colour", "red"));
		assertOneLineReason("unknown option --colour");
		assertEquals(ExitCode.USAGE, run("validate", "a.fulcrum", "b.fulcrum"));
		assertOneLineReason("unexpected argument 'b.fulcrum'");
		assertEquals(ExitCode.USAGE, run("demo", folder.toString(), "--seed", "many"));
		assertOneLineReason("--seed needs a whole number");
	}

	@Test
	void aMissingFileIsADataError() {
		assertEquals(ExitCode.DATA, run("validate", folder.resolve("nowhere.fulcrum").toString()));
		assertOneLineReason("nowhere.fulcrum: does not exist");
	}

	@Test
	void aDamagedFileIsADataErrorWithLineAndColumn() throws Exception {
		Path file = folder.resolve("damaged.fulcrum");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<fulcrum:Engagement xmlns:fulcrum=\"urn:fulcrum:engagement:1\" id=\"x\">\n<people id=");
		assertEquals(ExitCode.DATA, run("validate", file.toString()));
		assertOneLineReason("damaged.fulcrum:3:");
	}

	@Test
	void debugAddsTheStackTrace() throws Exception {
		Path file = folder.resolve("empty.fulcrum");
		Files.writeString(file, "");
		assertEquals(ExitCode.DATA, run("--debug", "validate", file.toString()));
		assertTrue(err().contains("\tat "), err());
	}

	@Test
	void demoCreatesAValidEngagementAndCanRunAgain() throws Exception {
		Path demo = folder.resolve("demo");
		assertEquals(ExitCode.OK, run("demo", demo.toString()), err());
		Path file = demo.resolve("demo-engagement.fulcrum");
		assertTrue(Files.size(file) > 100_000);
		assertTrue(out().contains("12 partner managers"), out());
		assertTrue(out().contains("submissions imported from demo-responses.csv"), out());
		assertEquals("", err(), "nothing on stderr when the demo succeeds");
		assertTrue(Files.readString(demo.resolve("demo-responses.csv")).startsWith("token,INT.1,INT.2,INT.3,"));
		assertTrue(out().contains("reopened and validated: 0 errors"), out());
		assertEquals(ExitCode.OK, run("demo", demo.toString()), err());
		assertEquals(ExitCode.OK, run("validate", file.toString()), err());
		assertTrue(out().matches("(?s).*demo-engagement\\.fulcrum: 0 errors, \\d+ warnings.*"), out());
		// the only warnings are on the partner managers' own coaching before it improved: their partner sessions
		out().lines().filter(l -> l.contains(": warning: "))
				.forEach(l -> assertTrue(l.contains(": warning: partner coaching session PS-"), l));
	}

	@Test
	void scoreGivesJsonAndCsvWithoutAGroupBelowTheThreshold() throws Exception {
		Path demo = folder.resolve("demo");
		assertEquals(ExitCode.OK, run("demo", demo.toString()), err());
		assertTrue(out().contains("  scored:       12 participants"), out());
		String file = demo.resolve("demo-engagement.fulcrum").toString();

		assertEquals(ExitCode.OK, run("score", file), err());
		assertTrue(out().startsWith("{\"format\":\"fulcrum-scores-1\",\"engagement\":\"demo-nordlicht-2026\""), out());
		assertTrue(out().contains("\"name\":\"Ágnes Szőke\""), out());
		assertFalse(out().contains("@"), "no rater e-mail in scores");
		String json = out();
		var engagement = new EngagementStore().read(Path.of(file));
		engagement.getPeople().stream().filter(p -> !(p instanceof org.fulcrum.model.PartnerManager))
				.forEach(rater -> assertFalse(json.contains(rater.getName()), "a rater's name in the scores: " + rater.getName()));
		engagement.getAssessments().forEach(a -> a.getInvitations()
				.forEach(i -> assertFalse(json.contains(i.getToken()), "a token in the scores")));

		// Ágnes Szőke leads two direct reports: their figures must never appear
		assertEquals(ExitCode.OK, run("score", file, "--format", "csv", "--participant", "pm-szoke"), err());
		List<String> rows = out().lines().toList();
		assertEquals("participant,assessment,round,level,id,group,n,mean,sd,min,max,notCounted", rows.get(0));
		assertTrue(rows.size() > 100, "figures for the dimensions and items: " + rows.size());
		assertTrue(rows.stream().skip(1).allMatch(r -> r.startsWith("pm-szoke,")));
		assertTrue(rows.stream().noneMatch(r -> r.contains(",directReport,")), out());
		assertTrue(rows.stream().allMatch(r -> !r.matches(".*,(peer|partner|other|directReport),[12],.*")), "no group below 3");

		assertEquals(ExitCode.USAGE, run("score", file, "--participant", "nobody"));
		assertOneLineReason("has no participant or assessment 'nobody'");
		assertEquals(ExitCode.USAGE, run("score", file, "--format", "xml"));
		assertOneLineReason("--format is json or csv");
	}

	@Test
	void aFailedImportListsEveryProblemAndLeavesTheFileByteForByte() throws Exception {
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		Path file = demo.resolve("demo-engagement.fulcrum");
		byte[] before = Files.readAllBytes(file);
		Path csv = folder.resolve("participants.csv");
		Files.writeString(csv, "id,name,email\npm-new,Nina Nowak,nina@x.example\npm-dvorak,Dup,dup@x.example\n,Nobody,nobody@x.example\n");
		assertEquals(ExitCode.FINDINGS, run("import-participants", file.toString(), csv.toString()));
		List<String> lines = err().lines().toList();
		assertEquals("participants.csv:3: id: 'pm-dvorak' is already used in the engagement or earlier in the file", lines.get(0));
		assertEquals("participants.csv:4: id: is empty", lines.get(1));
		assertTrue(lines.get(lines.size() - 1).endsWith("nothing was imported and demo-engagement.fulcrum is unchanged"), err());
		assertArrayEquals(before, Files.readAllBytes(file));

		Files.writeString(csv, "id,name,email\npm-new,Nina Nowak,nina@x.example\n");
		assertEquals(ExitCode.OK, run("import-participants", file.toString(), csv.toString()), err());
		assertTrue(out().contains("added 1 participants"), out());
		assertEquals(ExitCode.DATA, run("import-raters", file.toString(), folder.resolve("none.csv").toString()));
		assertOneLineReason("none.csv: does not exist or is not a file");
	}

	@Test
	void checkWarnsAboutSmallGroupsAndStatusListsWhoHasNotAnswered() throws Exception {
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		String file = demo.resolve("demo-engagement.fulcrum").toString();
		assertEquals(ExitCode.OK, run("check", file), err());
		assertTrue(out().contains("warning: Ágnes Szőke (A-pm-szoke): 2 nominated as direct report"), out());
		assertFalse(out().contains("nominated as manager"), "the manager is exempt");
		assertFalse(out().contains("directReport"), "group names read as words");
		assertEquals(ExitCode.OK, run("status", file), err());
		assertTrue(out().contains("not answered yet: "), out());
		assertTrue(out().lines().anyMatch(l -> l.startsWith("Jiří Dvořák (A-pm-dvorak, baseline): self 1/1, manager 1/1")), out());
		assertFalse(out().matches("(?s).*value=.*|.*\\b[1-5]\\.[0-9]{2}\\b.*"), "no answers or scores in status");
	}

	@Test
	void aFrozenPolicyChangesOnlyThroughALoggedOverride() throws Exception {
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		Path file = demo.resolve("demo-engagement.fulcrum");
		byte[] before = Files.readAllBytes(file);
		assertEquals(ExitCode.USAGE, run("policy", file.toString(), "--minimum", "2"));
		assertOneLineReason("the confidentiality policy is frozen because collection has started");
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(ExitCode.OK, run("policy", file.toString(), "--minimum", "4", "--override", "client board asked for 4"), err());
		assertTrue(out().contains("minimum raters per group 4"), out());
		assertTrue(out().contains(": minimum raters 3 -> 4, minimum commenters 3 -> 4 (client board asked for 4)"), out());
		assertTrue(Files.readString(file).contains("reason=\"client board asked for 4\""));
	}

	@Test
	void aWholeCollectionRoundFromCreateToScore() throws Exception {
		String file = folder.resolve("pilot.fulcrum").toString();
		assertEquals(ExitCode.OK, run("create", file, "--instrument", "character-model", "--client", "ACME"), err());
		Files.writeString(folder.resolve("p.csv"), "id,name,email\npm-1,Zoë Martin,zoe@x.example\n");
		assertEquals(ExitCode.OK, run("import-participants", file, folder.resolve("p.csv").toString()), err());
		StringBuilder raters = new StringBuilder("participant,rater_name,email,relationship\npm-1,Zoë Martin,zoe@x.example,self\n");
		for (int i = 1; i <= 3; i++) {
			raters.append("pm-1,Peer ").append(i).append(",peer").append(i).append("@x.example,peer\n");
		}
		Files.writeString(folder.resolve("r.csv"), raters);
		assertEquals(ExitCode.OK, run("import-raters", file, folder.resolve("r.csv").toString()), err());

		Path forms = folder.resolve("forms");
		assertEquals(ExitCode.OK, run("export-forms", file, forms.toString()), err());
		assertTrue(out().contains("4 questionnaires"), out());
		List<String> template = Files.readAllLines(forms.resolve("responses-template.csv"));
		assertEquals(5, template.size());
		assertTrue(template.get(0).startsWith("token,INT.1,"), template.get(0));
		try (var listing = Files.list(forms)) {
			assertEquals(9, listing.count(), "a CSV and an XLSX per invitation, and the template");
		}
		String form = Files.readString(forms.resolve(Files.list(forms).filter(p -> p.toString().endsWith(".csv")
				&& !p.getFileName().toString().startsWith("responses")).findFirst().orElseThrow().getFileName()));
		assertTrue(form.contains("About,Zoë Martin"), form);
		assertFalse(form.contains("Peer 1"), "a form never names its rater");

		// the survey tool's answers come back as XLSX, after a sheet of instructions
		List<List<String>> answers = CliRun.answeredTemplate(forms, column -> 4, null);
		Path xlsx = folder.resolve("answers.xlsx");
		try (var out = Files.newOutputStream(xlsx)) {
			var sheets = new java.util.LinkedHashMap<String, List<List<String>>>();
			sheets.put("Read me", List.of(List.of("Answer every behaviour from 1 to 5, or NO where you have not seen it.")));
			sheets.put("Answers", answers);
			org.fulcrum.core.io.XlsxWriter.write(sheets, out);
		}
		assertEquals(ExitCode.OK, run("import-responses", file, xlsx.toString()), err());
		assertTrue(out().contains("added 4 submissions from answers.xlsx (sheet 'Answers')"), out());
		assertEquals(ExitCode.OK, run("score", file, "--format", "csv"), err());
		assertTrue(out().contains("pm-1,A-pm-1-baseline,baseline,dimension,INT,allOthers,3,4.0000,"), out());
	}

	@Test
	void validateExitsOneWhenTheEngagementHasErrors() throws Exception {
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		Path file = demo.resolve("demo-engagement.fulcrum");
		Files.writeString(file, Files.readString(file).replaceFirst("(<responses item=\"[^\"]+\" value=)\"\\d\"", "$1\"9\""));
		assertEquals(ExitCode.FINDINGS, run("validate", file.toString()));
		assertTrue(out().contains(": error: "), out());
		assertTrue(out().contains("the scale runs from 1 to 5"), out());
		assertTrue(out().contains("1 error"), out());
	}

	@Test
	void demoRefusesToReplaceAnEngagementSomeoneHasOpen() throws Exception {
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		try (EngagementDocument open = new EngagementStore().open(demo.resolve("demo-engagement.fulcrum"))) {
			assertEquals(ExitCode.DATA, run("demo", demo.toString()));
			assertOneLineReason("is open for writing by Fulcrum process " + ProcessHandle.current().pid());
		}
	}
}

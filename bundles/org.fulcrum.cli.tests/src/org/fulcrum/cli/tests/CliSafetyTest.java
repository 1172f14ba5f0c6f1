package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.io.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: every failure is one {@code fulcrum:} line and a non-zero exit, errors included; hostile
 * ids survive a copy of the file without its cache; score and the reports refuse what validate rejects; a
 * header-only file changes nothing; no control character reaches the terminal. Issue 10: the
 * questionnaires a rater opens in a spreadsheet cannot run a formula.
 */
class CliSafetyTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Command extra, String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return extra == null ? new Cli(console).run(arguments) : new Cli(console, extra).run(arguments);
	}

	private int run(String... arguments) {
		return run(null, arguments);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** A command that fails with the given throwable. */
	private static Command failing(String name, Throwable failure) {
		return new Command() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public String synopsis() {
				return "";
			}

			@Override
			public String summary() {
				return "fails";
			}

			@Override
			public int run(Arguments arguments, Console console) throws Exception {
				if (failure instanceof Exception e) {
					throw e;
				}
				throw (Error) failure;
			}
		};
	}

	@Test
	void outOfMemoryAndEveryOtherThrowableIsOneLineAndNonZero() {
		assertEquals(ExitCode.RESOURCES, run(failing("oom", new OutOfMemoryError("Java heap space")), "oom"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("fulcrum: out of memory (Java heap space); the input is too large"), err());
		assertEquals(ExitCode.RESOURCES, run(failing("wrapped", new java.util.concurrent.CompletionException(new OutOfMemoryError("x"))), "wrapped"));
		for (Throwable failure : List.of(new StackOverflowError(), new AssertionError("no"), new InternalError("vm"),
				new IllegalStateException("line one\nline two"))) {
			assertEquals(ExitCode.INTERNAL, run(failing("boom", failure), "boom"), failure.toString());
			assertEquals(1, err().lines().count(), err());
			assertTrue(err().startsWith("fulcrum: internal error: "), err());
			assertFalse(err().contains("\tat "), err());
		}
	}

	@Test
	void controlCharactersNeverReachTheTerminalRaw() {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(raw, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
		console.out().println("red \u001B[31m bell \u0007 csi \u009B override \u202Eevil\u202C tab\tok é 中 👍");
		assertEquals("red \\x1B[31m bell \\x07 csi \\u009B override \\u202Eevil\\u202C tab\tok é 中 👍\n", raw.toString(StandardCharsets.UTF_8));
	}

	@Test
	void hostileIdsAndRoundsSurviveACopyWithoutTheCache() throws Exception {
		String file = folder.resolve("pilot.fulcrum").toString();
		assertEquals(ExitCode.OK, run("create", file, "--instrument", "character-model"), err());
		Files.writeString(folder.resolve("p.csv"), "id,name,email,reports_to\nboss & co,Boss,boss@x.example,\n"
				+ "\"pm x\t<\"\"#1/2>\",\"=cmd|' /C calc'!A0\",pm@x.example,boss & co\n");
		assertEquals(ExitCode.OK, run("import-participants", file, folder.resolve("p.csv").toString()), err());
		Files.writeString(folder.resolve("r.csv"), "participant,rater_name,email,relationship\n"
				+ "\"pm x\t<\"\"#1/2>\",Self,pm@x.example,self\n\"pm x\t<\"\"#1/2>\",Boss,BOSS@x.example,manager\n"
				+ "\"pm x\t<\"\"#1/2>\",Peer,peer@x.example,peer\n");
		assertEquals(ExitCode.OK, run("import-raters", file, folder.resolve("r.csv").toString(), "--round", "mid year #2 & <b>"), err());
		Path copy = folder.resolve("copy.fulcrum");
		Files.copy(Path.of(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
		assertFalse(Files.exists(folder.resolve(".copy.fulcrum.cache")));
		assertEquals(ExitCode.OK, run("validate", copy.toString()), out() + err());
		assertTrue(out().contains("0 errors"), out());
		assertEquals(ExitCode.OK, run("status", copy.toString()), err());

		// the questionnaire a rater opens in a spreadsheet: the participant's name is text, not a formula
		Path forms = folder.resolve("forms");
		assertEquals(ExitCode.OK, run("export-forms", copy.toString(), forms.toString()), err());
		try (var files = Files.list(forms)) {
			for (Path form : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
				String text = Files.readString(form);
				assertFalse(text.contains(",=") || text.contains("\n=") || text.contains(",\"="), text);
				if (!form.getFileName().toString().startsWith("responses")) {
					assertTrue(text.contains("About,\"'=cmd|' /C calc'!A0\"") || text.contains("About,'=cmd|' /C calc'!A0"), text);
				}
			}
			Path xlsx = Files.list(forms).filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
			assertTrue(CsvTable.readAny(xlsx).rows().stream().anyMatch(r -> r.cells().contains("=cmd|' /C calc'!A0")),
					"the XLSX keeps the name as a typed text cell");
		}
	}

	@Test
	void scoreAndReportsRefuseAnEngagementThatFailsValidation() throws Exception {
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		Path file = demo.resolve("demo-engagement.fulcrum");
		Files.writeString(file, Files.readString(file).replaceFirst("(<responses item=\"[^\"]+\" value=)\"\\d\"", "$1\"9\""));
		byte[] before = Files.readAllBytes(file);
		for (String command : List.of("score", "report", "coaching-report")) {
			Path reports = folder.resolve("out-" + command);
			String[] arguments = command.equals("score") ? new String[] { command, file.toString() }
					: new String[] { command, file.toString(), "--out", reports.toString(), "--format", "pdf,html" };
			assertEquals(ExitCode.FINDINGS, run(arguments), command + ": " + out() + err());
			assertEquals("", out(), command + ": nothing published");
			assertTrue(err().contains(": error: "), err());
			assertTrue(err().contains("the scale runs from 1 to 5"), err());
			assertTrue(err().lines().reduce((a, b) -> b).orElseThrow()
					.startsWith("fulcrum: " + command + ": demo-engagement.fulcrum has 1 error"), err());
			assertFalse(Files.exists(reports), command + ": nothing written");
			assertArrayEquals(before, Files.readAllBytes(file), command + ": no release recorded");
		}
	}

	@Test
	void aHeaderOnlyFileChangesNothingAndSaysSo() throws Exception {
		String file = folder.resolve("pilot.fulcrum").toString();
		assertEquals(ExitCode.OK, run("create", file, "--instrument", "character-model"), err());
		byte[] before = Files.readAllBytes(Path.of(file));
		long modified = Files.getLastModifiedTime(Path.of(file)).toMillis();
		Files.writeString(folder.resolve("p.csv"), "id,name,email\n");
		assertEquals(ExitCode.OK, run("import-participants", file, folder.resolve("p.csv").toString()), err());
		assertTrue(out().contains("p.csv has a header and no rows; nothing to import, pilot.fulcrum is unchanged"), out());
		assertArrayEquals(before, Files.readAllBytes(Path.of(file)));
		assertEquals(modified, Files.getLastModifiedTime(Path.of(file)).toMillis(), "not even rewritten");
		assertFalse(Files.exists(Path.of(file + ".bak")), "no save, so no backup");
		Files.writeString(folder.resolve("q.csv"), "id,nmae,email\n");
		assertEquals(ExitCode.FINDINGS, run("import-participants", file, folder.resolve("q.csv").toString()), "a bad header is refused even without rows");
		assertTrue(err().contains("q.csv:1: nmae: is not a column of this import"), err());
	}
}

package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fulcrum.cli.internal.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md: results on stdout, problems on stderr. Every command and subcommand the command
 * line knows runs successfully on the demo engagement, and none writes a byte to stderr. The
 * commands are read from the command line itself (its answer to an unknown command, and to an
 * unknown subcommand), so a command added without a run here fails the test rather than escaping it.
 */
class CommandStreamsTest {

	/** Commands that need a running Fulcrum server and its PostgreSQL; org.fulcrum.server.tests runs them. */
	private static final Set<String> NEED_A_SERVER = Set.of("serve", "server-key", "publish", "pull");

	private static final Pattern SUBCOMMANDS = Pattern.compile("unknown subcommand '[^']*'; use one of ([a-z, -]+) \\(see");

	@TempDir
	Path folder;

	private final CliRun cli = new CliRun();

	@Test
	void everyCommandThatSucceedsWritesNothingToStderr() throws Exception {
		Path demo = CliRun.demo(folder.resolve("demo"));
		Map<String, List<Supplier<String[]>>> runs = runs(demo);
		Set<String> missing = new TreeSet<>();
		for (String command : commands()) {
			if (NEED_A_SERVER.contains(command)) {
				continue;
			}
			List<String> names = subcommands(command);
			for (String name : names.isEmpty() ? List.of(command) : names.stream().map(s -> command + " " + s).toList()) {
				if (!runs.containsKey(name)) {
					missing.add(name);
				}
			}
		}
		assertEquals(Set.of(), missing, "commands this test does not run yet: add them to runs()");
		for (var entry : runs.entrySet()) {
			for (Supplier<String[]> run : entry.getValue()) {
				String[] arguments = run.get();
				String shown = String.join(" ", arguments);
				assertEquals(ExitCode.OK, cli.run(arguments), shown + "\n" + cli.out() + cli.err());
				assertEquals("", cli.err(), shown + " succeeded but wrote to stderr");
			}
		}
	}

	/** Every command, as the command line lists them when asked for one it does not know. */
	private static List<String> commands() {
		CliRun probe = new CliRun();
		assertEquals(ExitCode.USAGE, probe.run("no-such-command"));
		Matcher known = Pattern.compile("; commands: ([a-z, -]+) \\(see").matcher(probe.err());
		assertTrue(known.find(), probe.err());
		List<String> names = List.of(known.group(1).split(", "));
		assertTrue(names.contains("score") && names.contains("issues"), probe.err());
		return names;
	}

	private List<String> subcommands(String command) {
		// a word that is also a harmless path: a command without subcommands may take it as its folder
		cli.run(command, folder.resolve("no-such-subcommand").toString());
		Matcher known = SUBCOMMANDS.matcher(cli.err());
		return known.find() ? List.of(known.group(1).split(", ")) : List.of();
	}

	/** One or more successful runs of each command, in an order where each finds what it needs. */
	private Map<String, List<Supplier<String[]>>> runs(Path demo) throws Exception {
		String eng = demo.toString();
		Map<String, List<Supplier<String[]>>> runs = new LinkedHashMap<>();
		Path people = folder.resolve("p.csv");
		Files.writeString(people, "id,name,email\npm-streams,Stream Tester,streams@x.example\n");
		Path raters = folder.resolve("r.csv");
		Files.writeString(raters, "participant,rater_name,email,relationship\npm-streams,Stream Tester,streams@x.example,self\n"
				+ "pm-streams,Peer One,peer1@x.example,peer\npm-streams,Peer Two,peer2@x.example,peer\n"
				+ "pm-streams,Peer Three,peer3@x.example,peer\n");
		Path forms = folder.resolve("forms");
		Path session = folder.resolve("sessions.csv");
		Path instrument = folder.resolve("instrument");
		Path fulcrum = Files.createDirectories(folder.resolve("fulcrum/plugins")).getParent();
		runs.put("demo", List.of(args("demo", folder.resolve("demo2").toString())));
		runs.put("create", List.of(args("create", folder.resolve("new.fulcrum").toString(), "--instrument", "character-model")));
		runs.put("validate", List.of(args("validate", eng)));
		runs.put("instruments", List.of(args("instruments")));
		runs.put("import-participants", List.of(args("import-participants", eng, people.toString())));
		runs.put("import-raters", List.of(args("import-raters", eng, raters.toString())));
		runs.put("export-forms", List.of(args("export-forms", eng, forms.toString())));
		runs.put("import-responses", List.of(answers(eng, forms)));
		runs.put("score", List.of(args("score", eng), args("score", eng, "--format", "csv")));
		runs.put("report", List.of(args("report", eng, "--out", folder.resolve("reports").toString(),
				"--participant", "pm-dvorak", "--format", "html")));
		runs.put("coaching-report", List.of(args("coaching-report", eng, "--out",
				folder.resolve("coaching").toString(), "--format", "html", "--as-of", "2026-11-27")));
		runs.put("check", List.of(args("check", eng)));
		runs.put("status", List.of(args("status", eng)));
		runs.put("policy", List.of(args("policy", eng)));
		runs.put("plan draft", List.of(args("plan", "draft", eng, "--participant", "pm-olgaard", "--start", "2026-12-01")));
		runs.put("plan check", List.of(args("plan", "check", eng)));
		runs.put("program list", List.of(args("program", "list")));
		runs.put("program apply", List.of(args("program", "apply", eng, "--template", "manager-as-sales-coach",
				"--start", "2027-01-04", "--participant", "pm-olgaard")));
		runs.put("program agree", List.of(args("program", "agree", eng, "PRG-pm-szoke-manager-as-sales-coach",
				"--expectations", "Coach one deal a week")));
		runs.put("program agenda", List.of(args("program", "agenda", eng, "--participant", "pm-dvorak", "--as-of", "2026-11-27")));
		runs.put("program review", List.of(args("program", "review", eng, "PRG-pm-schroeder-manager-as-sales-coach-S2")));
		runs.put("program progress", List.of(args("program", "progress", eng, "--as-of", "2026-11-27")));
		runs.put("sessions list", List.of(args("sessions", "list", eng, "--participant", "pm-dvorak", "--as-of", "2026-11-27")));
		runs.put("sessions add", List.of(args("sessions", "add", eng, "--participant", "pm-olgaard", "--date", "2026-12-10",
				"--kind", "opportunity-coaching")));
		runs.put("sessions review", List.of(args("sessions", "review", eng, "PS-pm-olgaard-2026-12-10")));
		Files.writeString(session, "partner_manager,partner,coachees,kind,date,minutes,topic,situation,partner_goal,stance,questions,options,actions\n"
				+ "pm-olgaard,ptn-baltic,,meeting-preparation,2026-12-03,30,The Vilnius bank pitch,The pitch is on Friday,"
				+ "Certify four more consultants,coach,\"closed: Ready?\",\"coach: Use our deck\",\"pm-olgaard: Send the deck; Deck sent; 2026-12-04\"\n");
		runs.put("sessions import", List.of(args("sessions", "import", eng, session.toString())));
		runs.put("issues add", List.of(args("issues", "add", eng, "--partner", "ptn-dunaj", "--category", "pricing",
				"--priority", "P3", "--title", "Price list out of date", "--at", "2026-11-26T08:00Z")));
		runs.put("issues list", List.of(args("issues", "list", eng, "--as-of", "2026-11-27")));
		runs.put("issues move", List.of(args("issues", "move", eng, "ISS-0004", "--to", "in-progress", "--at", "2026-11-27T09:00Z")));
		runs.put("issues note", List.of(args("issues", "note", eng, "ISS-0004", "--text", "A fix is being tested", "--at", "2026-11-27T10:00Z")));
		runs.put("issues commit", List.of(args("issues", "commit", eng, "ISS-0004", "--what", "Fix in production",
				"--due", "2026-12-02", "--at", "2026-11-27T10:30Z")));
		runs.put("issues tag", List.of(args("issues", "tag", eng, "ISS-0004", "--trait", "COU")));
		runs.put("issues assign", List.of(args("issues", "assign", eng, "ISS-0007", "--support", "sup-marin", "--at", "2026-11-26T09:00Z")));
		runs.put("issues confirm", List.of(args("issues", "confirm", eng, "ISS-0005", "--by", "Claire Morvan", "--at", "2026-11-27T10:00Z")));
		runs.put("issues close", List.of(args("issues", "close", eng, "ISS-0005", "--at", "2026-11-27T10:05Z")));
		runs.put("issues escalate", List.of(args("issues", "escalate", eng, "--as-of", "2026-12-01")));
		runs.put("issues path", List.of(args("issues", "path", eng)));
		runs.put("issues outbox", List.of(args("issues", "outbox", eng, "--pending")));
		runs.put("issues send", List.of(args("issues", "send", eng, "--maildrop", folder.resolve("drop").toString(),
				"--at", "2026-12-01T08:00Z")));
		runs.put("issues policy", List.of(args("issues", "policy", eng)));
		runs.put("issues partner-view", List.of(args("issues", "partner-view", eng, "--partner", "ptn-dunaj",
				"--as-of", "2026-11-27"), args("issues", "partner-view", eng, "--partner", "ptn-dunaj", "--as-of", "2026-11-27",
						"--output", folder.resolve("dunaj.txt").toString())));
		runs.put("new-instrument", List.of(args("new-instrument", instrument.toString(), "--id", "streams-360",
				"--name", "Streams", "--fulcrum", fulcrum.toString())));
		runs.put("--version", List.of(args("--version"), args("--help"), args("score", "--help")));
		return runs;
	}

	private static Supplier<String[]> args(String... arguments) {
		return () -> arguments;
	}

	/**
	 * {@code import-responses ENG answers.csv}, with the file written from the template export-forms
	 * wrote when it runs (after export-forms): every pending questionnaire answered 4.
	 */
	private Supplier<String[]> answers(String eng, Path forms) {
		return () -> {
			Path answers = folder.resolve("answers.csv");
			try {
				List<String> template = Files.readAllLines(forms.resolve("responses-template.csv"));
				StringBuilder text = new StringBuilder(template.get(0)).append('\n');
				for (String row : template.subList(1, template.size())) {
					String[] cells = row.split(",", -1);
					for (int i = 1; i < cells.length - 1; i++) {
						cells[i] = "4";
					}
					text.append(String.join(",", cells)).append('\n');
				}
				Files.writeString(answers, text);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			return new String[] { "import-responses", eng, answers.toString() };
		};
	}
}

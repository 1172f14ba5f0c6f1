package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;

/** Runs the command line in process and keeps what the last run printed to standard output and error. */
final class CliRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Builds the demo engagement into {@code dir} and returns its file. */
	static Path demo(Path dir) {
		CliRun quiet = new CliRun();
		assertEquals(ExitCode.OK, quiet.run("demo", dir.toString()), quiet.err());
		return dir.resolve("demo-engagement.fulcrum");
	}

	/**
	 * The responses template export-forms wrote into {@code forms}, its header and every row filled:
	 * each item cell (all but the token and the comment) with {@code answer}'s value for its column,
	 * asked row by row from left to right, and the comment with {@code comment} (null keeps it).
	 */
	static java.util.List<java.util.List<String>> answeredTemplate(Path forms, java.util.function.IntUnaryOperator answer, String comment)
			throws java.io.IOException {
		java.util.List<String> template = java.nio.file.Files.readAllLines(forms.resolve("responses-template.csv"));
		java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
		rows.add(java.util.List.of(template.get(0).split(",", -1)));
		for (String line : template.subList(1, template.size())) {
			java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(line.split(",", -1)));
			for (int i = 1; i < cells.size() - 1; i++) {
				cells.set(i, Integer.toString(answer.applyAsInt(i)));
			}
			if (comment != null) {
				cells.set(cells.size() - 1, comment);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Rows as CSV lines (the template's cells hold no commas or quotes). */
	static String csv(java.util.List<java.util.List<String>> rows) {
		StringBuilder text = new StringBuilder();
		rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
		return text.toString();
	}

	int run(String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(arguments);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}

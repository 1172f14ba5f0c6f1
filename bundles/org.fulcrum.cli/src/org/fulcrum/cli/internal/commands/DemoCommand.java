package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.EngagementSummary;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.ProblemReport;
import org.fulcrum.cli.internal.scores.ResultsSummary;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.demo.SurveyToolExport;
import org.fulcrum.model.Engagement;

/**
 * {@code ./fulcrum demo [DIR]}: builds the demo engagement, brings its raters' answers in through
 * the response importer (from the CSV a survey tool would export, left in DIR as an example),
 * saves it, opens it again as a user would, validates and scores it, prints what it holds
 * and what the results say, and writes every participant's report and the cohort report.
 */
public final class DemoCommand implements Command {

	static final String FILE_NAME = "demo-engagement.fulcrum";
	static final String RESPONSES_NAME = "demo-responses.csv";
	static final String REPORTS_FOLDER = "reports";

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String synopsis() {
		return "[DIR] [--seed N]";
	}

	@Override
	public String summary() {
		return "create, save, reopen and validate a demo engagement in DIR (default: fulcrum-demo)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("seed")).atMost(1);
		Path folder = Path.of(arguments.operandOr(0, "fulcrum-demo")).toAbsolutePath().normalize();
		long seed = arguments.intOption("seed", 2026, 0);
		Path file = folder.resolve(FILE_NAME);
		prepare(folder, file);

		long started = System.nanoTime();
		Engagement built = DemoEngagement.create(seed);
		// The raters' answers arrive as a survey tool exports them, through the importer.
		Path responses = folder.resolve(RESPONSES_NAME);
		Files.writeString(responses, SurveyToolExport.takeAnswers(built), StandardCharsets.UTF_8);
		EngagementStore store = new EngagementStore();
		try (EngagementDocument created = store.create(file, built)) {
			int submissions = ResponseImport.apply(created.engagement(), CsvTable.read(responses));
			DemoCoaching.addTo(created.engagement()); // plans, programs and issues build on the imported answers
			created.markDirty();
			created.save();
			console.out().println("saved " + file + " with " + submissions + " submissions imported from " + responses.getFileName());
		}
		try (EngagementDocument reopened = store.open(file)) {
			Engagement engagement = reopened.engagement();
			ProblemReport problems = new ProblemReport(Problems.of(EngagementValidation.validate(engagement)));
			printSummary(console, file, engagement, problems, System.nanoTime() - started);
			problems.print(file, console.out(), 10);
			console.out().print(new ResultsSummary(new ScoringEngine(ScoringSettings.DEFAULT).score(engagement)).text());
			boolean reportsWritten = DemoReports.write(reopened, folder.resolve(REPORTS_FOLDER), console);
			return problems.errors() > 0 || !reportsWritten ? ExitCode.FINDINGS : ExitCode.OK;
		}
	}

	/** Makes the folder, and removes an earlier demo file unless someone has it open. */
	private static void prepare(Path folder, Path file) throws IOException {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new StoreException(folder, "cannot create the demo folder: " + e.getMessage(), e);
		}
		if (Files.exists(file)) {
			new EngagementStore().open(file).close();
			Files.delete(file);
		}
	}

	private static void printSummary(Console console, Path file, Engagement engagement, ProblemReport problems, long nanos)
			throws IOException {
		EngagementSummary summary = EngagementSummary.of(engagement);
		console.out().printf("Fulcrum demo engagement \"%s\" for %s%n", engagement.getName(), engagement.getClient());
		console.out().printf("  file:         %s (%,d bytes)%n", file, Files.size(file));
		console.out().printf("  participants: %d partner managers, %d partner organisations%n", summary.participants(),
				summary.partners());
		console.out().printf("  raters:       %d invited, %d answered (%s)%n", summary.invitations(), summary.answered(),
				summary.groups());
		console.out().printf("  responses:    %,d item responses, %d anonymous comments%n", summary.responses(),
				summary.comments());
		console.out().print(DemoCoaching.summary(engagement));
		console.out().printf("  reopened and validated: %s (%d ms in all)%n", problems.counts(), nanos / 1_000_000);
	}
}

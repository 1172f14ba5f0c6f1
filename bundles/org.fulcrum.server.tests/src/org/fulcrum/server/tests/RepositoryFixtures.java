package org.fulcrum.server.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.demo.SurveyToolExport;
import org.fulcrum.model.Engagement;

/** The demo engagement with answers, plans, sessions and issues, and the CLI run with a key file for a test server. */
final class RepositoryFixtures {

	private RepositoryFixtures() {
	}

	/** The demo engagement as {@code ./fulcrum demo} builds it (answers, plans, programs, sessions, issues). */
	static Path demo(Path folder, String fileName) throws Exception {
		Files.createDirectories(folder);
		Path file = folder.resolve(fileName);
		Engagement built = DemoEngagement.create(2026);
		Path responses = folder.resolve("answers-" + fileName + ".csv");
		Files.writeString(responses, SurveyToolExport.takeAnswers(built), StandardCharsets.UTF_8);
		try (EngagementDocument created = new EngagementStore().create(file, built)) {
			ResponseImport.apply(created.engagement(), CsvTable.read(responses));
			DemoCoaching.addTo(created.engagement());
			created.markDirty();
			created.save();
		}
		return file;
	}

	record Run(int code, String out, String err) {
	}

	/** Runs the CLI in this JVM; the API key comes from the key file of {@code -Dfulcrum.keyFile}. */
	static synchronized Run cli(Path keyFile, String... arguments) {
		String before = System.getProperty("fulcrum.keyFile");
		System.setProperty("fulcrum.keyFile", keyFile.toString());
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int code = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
					.run(arguments);
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		} finally {
			if (before == null) {
				System.clearProperty("fulcrum.keyFile");
			} else {
				System.setProperty("fulcrum.keyFile", before);
			}
		}
	}
}

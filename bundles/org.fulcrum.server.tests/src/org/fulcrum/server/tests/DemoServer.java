package org.fulcrum.server.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.demo.SurveyToolExport;
import org.fulcrum.model.Engagement;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.commands.ServeCommand;

/** The demo engagement in a temporary folder, served on a free loopback port, and the CLI to pull it. */
final class DemoServer implements AutoCloseable {

	final Path folder;
	final Path engagement;
	final ServeCommand.Demo demo;
	final String printed;

	DemoServer(Path folder) throws Exception {
		this.folder = folder;
		System.setProperty("fulcrum.keyFile", folder.resolve("api-keys.properties").toString());
		this.engagement = create(folder);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		this.demo = ServeCommand.startDemo(folder, 0, new Console(print, print));
		this.printed = out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The engagement {@code ./fulcrum demo} saves (the same builder, answers through the same
	 * importer), without the reports it also renders, which these tests do not need.
	 */
	static Path create(Path folder) throws Exception {
		Path file = folder.resolve("demo-engagement.fulcrum");
		Engagement built = DemoEngagement.create(2026);
		Path responses = folder.resolve("demo-responses.csv");
		Files.writeString(responses, SurveyToolExport.takeAnswers(built), StandardCharsets.UTF_8);
		try (EngagementDocument created = new EngagementStore().create(file, built)) {
			ResponseImport.apply(created.engagement(), CsvTable.read(responses));
			created.markDirty();
			created.save();
		}
		return file;
	}

	record Run(int code, String out, String err) {
	}

	static Run cli(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
				.run(arguments);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws Exception {
		demo.close();
	}
}

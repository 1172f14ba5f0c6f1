package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** ./fulcrum report and the reports of ./fulcrum demo. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {

	@TempDir
	static Path folder;

	private Path engagement;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) {
		out.reset();
		err.reset();
		return new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
				.run(arguments);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private static long files(Path folder, String extension) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(extension)).count();
		}
	}

	@BeforeAll
	void demo() throws Exception {
		Path demo = folder.resolve("demo");
		assertEquals(ExitCode.OK, run("demo", demo.toString()), err.toString(StandardCharsets.UTF_8));
		engagement = demo.resolve("demo-engagement.fulcrum");
		Path reports = demo.resolve("reports");
		assertEquals(12, files(reports, ".pdf") - 1, "twelve individual PDFs and the cohort's");
		assertEquals(13, files(reports, ".html"));
		assertTrue(Files.isRegularFile(reports.resolve("cohort.xlsx")));
		assertTrue(out().contains("Reports: 27 files"), out());
		assertEquals(12, new EngagementStore().read(engagement).getReleases().size(), "the demo's releases are recorded");
	}

	@Test
	void writesEveryParticipantsReportsAndTheCohortAndRecordsTheReleases() throws Exception {
		Path reports = folder.resolve("all");
		int before = new EngagementStore().read(engagement).getReleases().size();
		assertEquals(ExitCode.OK, run("report", engagement.toString(), "--out", reports.toString(), "--format", "pdf,html", "--cohort"),
				out());
		assertEquals(13, files(reports, ".pdf"));
		assertEquals(13, files(reports, ".html"));
		assertTrue(out().startsWith("wrote 26 report file(s) to " + reports), out());
		assertTrue(out().contains("12 release(s) recorded"), out());
		assertEquals(before + 12, new EngagementStore().read(engagement).getReleases().size());
		try (Stream<Path> leftovers = Files.list(reports)) {
			assertFalse(leftovers.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
		}
	}

	@Test
	void oneParticipantsFailureDoesNotStopTheOthers() throws Exception {
		Path reports = Files.createDirectories(folder.resolve("one-fails"));
		// A folder where a participant's PDF should go: that report cannot be written.
		Files.createDirectories(reports.resolve("A-pm-dvorak-jiri-dvorak.pdf"));
		assertEquals(ExitCode.FINDINGS, run("report", engagement.toString(), "--out", reports.toString()));
		assertEquals(11, files(reports, ".pdf") - 1, "the other eleven are written");
		assertTrue(out().contains("1 report(s) failed:"), out());
		assertTrue(out().contains("A-pm-dvorak Jiří Dvořák (PDF): cannot write"), out());
	}

	@Test
	void oneParticipantOnly() throws Exception {
		Path reports = folder.resolve("one");
		assertEquals(ExitCode.OK, run("report", engagement.toString(), "--out", reports.toString(), "--participant", "pm-wojcik",
				"--format", "html"));
		try (Stream<Path> files = Files.list(reports)) {
			assertEquals(java.util.List.of("A-pm-wojcik-lukasz-wojcik.html"), files.map(f -> f.getFileName().toString()).toList());
		}
	}

	@Test
	void wrongRequestsAreUsageErrors() {
		assertEquals(ExitCode.USAGE, run("report", engagement.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out DIR is needed"));
		assertEquals(ExitCode.USAGE, run("report", engagement.toString(), "--out", folder.toString(), "--format", "docx"));
		assertEquals(ExitCode.USAGE, run("report", engagement.toString(), "--out", folder.toString(), "--participant", "nobody"));
		assertEquals(ExitCode.USAGE, run("report", engagement.toString(), "--out", folder.toString(), "--format", "xlsx"));
	}
}

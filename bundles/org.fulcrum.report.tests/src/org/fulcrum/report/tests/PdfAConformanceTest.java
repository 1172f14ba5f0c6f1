package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.report.CoachingReports;
import org.fulcrum.report.CohortReport;
import org.fulcrum.report.ReportBatch;
import org.fulcrum.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of PDF report passes veraPDF's PDF/A-2b validation with no failed rule. veraPDF does
 * not run inside Equinox, so it runs in a JVM of its own: module releng/org.fulcrum.pdfa, whose
 * build writes the classpath this test reads (system property fulcrum.pdfaCheck, set by this
 * module's pom).
 */
class PdfAConformanceTest {

	@TempDir
	Path folder;

	private final DemoFixture demo = new DemoFixture();

	@Test
	void everyReportKindIsValidPdfA2b() throws Exception {
		List<Path> pdfs = new ArrayList<>();
		Assessment assessment = demo.assessment(0);
		for (String text : List.of("Ευχαριστώ 👍 🎉", "Спасибо", "תודה רבה 2026 on Q3", "شكرا جزيلا 123 on Q3", "中文 ありがとう", "✓ ☺ ★", "𝐀𝑥𝔸 🂡 ⨀ 𐌰 \uD83D")) {
			demo.addComment(assessment, RelationshipGroup.PEER, text);
		}
		Path individual = folder.resolve("individual.pdf");
		Files.write(individual, Rendered.of(demo.report(assessment), ReportFormat.PDF).bytes());
		pdfs.add(individual);
		Path cohort = folder.resolve("cohort.pdf");
		Files.write(cohort, Rendered.of(new CohortReport(demo.engagement, new ScoringEngine(ScoringSettings.DEFAULT).score(demo.engagement),
				LocalDate.of(2026, 11, 25)), ReportFormat.PDF).bytes());
		pdfs.add(cohort);
		DemoCoaching.addTo(demo.engagement);
		ReportBatch.Outcome outcome = ReportBatch.run(CoachingReports.jobs(demo.engagement, folder, EnumSet.allOf(CoachingReports.Kind.class),
				EnumSet.of(ReportFormat.PDF), DemoCoaching.AS_OF), 2, (done, total, job, failure) -> {
				});
		assertEquals(List.of(), outcome.failures());
		pdfs.add(folder.resolve("plan-" + demo.engagement.getPlans().get(0).getId() + ".pdf"));
		pdfs.add(folder.resolve("coaching-progress.pdf"));
		pdfs.add(folder.resolve("partner-issues.pdf"));

		String report = veraPdf("2b", pdfs);
		if (!report.lines().allMatch(l -> l.contains(": compliant with"))) {
			keepForInspection(pdfs);
		}
		for (Path pdf : pdfs) {
			assertTrue(report.contains(pdf + ": compliant with PDF/A-2b"), pdf.getFileName() + " is not PDF/A-2b:\n" + report);
		}
	}

	/** Copies the files into target/pdfa-failed/ (the test's working folder is the module's), to open after a failure. */
	static void keepForInspection(List<Path> pdfs) throws java.io.IOException {
		Path kept = Files.createDirectories(Path.of("target", "pdfa-failed"));
		for (Path pdf : pdfs) {
			Files.copy(pdf, kept.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** veraPDF's verdict on {@code pdfs}, one line per file or per failed rule. */
	static String veraPdf(String flavour, List<Path> pdfs) throws Exception {
		String check = System.getProperty("fulcrum.pdfaCheck");
		assertTrue(check != null && Files.isRegularFile(Path.of(check, "classpath.txt")),
				"the PDF/A validator is not built: run the build of releng/org.fulcrum.pdfa (fulcrum.pdfaCheck=" + check + ")");
		String classpath = Path.of(check, "classes") + java.io.File.pathSeparator
				+ Files.readString(Path.of(check, "classpath.txt"), StandardCharsets.UTF_8).trim();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
				"-cp", classpath, "org.fulcrum.pdfa.PdfACheck", flavour));
		pdfs.forEach(p -> command.add(p.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "veraPDF did not finish in time");
		assertTrue(process.exitValue() <= 1, "veraPDF could not validate:\n" + output);
		return output;
	}
}

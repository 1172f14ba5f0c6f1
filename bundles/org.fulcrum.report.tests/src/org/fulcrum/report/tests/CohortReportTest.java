package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.report.CohortReport;
import org.fulcrum.report.ReportFormat;
import org.junit.jupiter.api.Test;

class CohortReportTest {

	private final Engagement demo = DemoEngagement.create(2026);

	private CohortReport cohort(boolean names) {
		demo.getConfidentiality().setNamesInCohortReports(names);
		EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(demo);
		return new CohortReport(demo, result, LocalDate.of(2026, 11, 25));
	}

	private String aParticipant() {
		return demo.getPeople().stream().filter(PartnerManager.class::isInstance).findFirst().orElseThrow().getName();
	}

	@Test
	void byDefaultTheCohortPdfShowsCodesNotNames() throws Exception {
		String text = Rendered.of(cohort(false), ReportFormat.PDF).pdfText();
		assertTrue(text.contains("P01") && text.contains("P12"), "twelve participants by code");
		for (var person : demo.getPeople()) {
			assertFalse(text.contains(person.getName()), person.getName() + " must not be named");
		}
		for (String section : new String[] { "Heatmap", "spreads across the team", "strongest and weakest behaviours",
				"Response rates", "Cronbach" }) {
			assertTrue(text.contains(section), section);
		}
	}

	@Test
	void whereThePolicyAllowsItTheCohortNamesTheParticipants() throws Exception {
		String text = Rendered.of(cohort(true), ReportFormat.PDF).pdfText();
		assertTrue(text.contains(aParticipant()), aParticipant());
	}

	@Test
	void theCohortHtmlAndWorkbookHoldTheHeatmap() throws Exception {
		String html = Rendered.of(cohort(false), ReportFormat.HTML).html();
		assertTrue(html.contains("P07") && html.contains("Empathy"));
		byte[] xlsx = Rendered.of(cohort(false), ReportFormat.XLSX).bytes();
		String sheet = "";
		String strings = "";
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				if (entry.getName().startsWith("xl/worksheets/")) {
					sheet += content;
				} else if (entry.getName().equals("xl/sharedStrings.xml")) {
					strings = content;
				}
			}
		}
		assertFalse(sheet.isEmpty(), "a worksheet");
		String all = sheet + strings;
		assertTrue(all.contains("P01") && all.contains("Emotional Mastery"), "codes and traits in the workbook");
		assertFalse(all.contains(aParticipant()));
		assertEquals(-1, all.indexOf("@"), "no e-mail address in the workbook");
	}

	@Test
	void theWorkbookHoldsNumbersAsNumbersOnNamedSheets() throws Exception {
		byte[] xlsx = Rendered.of(cohort(false), ReportFormat.XLSX).bytes();
		String workbook = "";
		String styles = "";
		StringBuilder sheets = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				if (entry.getName().equals("xl/workbook.xml")) {
					workbook = content;
				} else if (entry.getName().equals("xl/styles.xml")) {
					styles = content;
				} else if (entry.getName().startsWith("xl/worksheets/")) {
					sheets.append(content);
				}
			}
		}
		java.util.List<String> names = java.util.regex.Pattern.compile("<sheet [^>]*name=\"([^\"]*)\"").matcher(workbook).results()
				.map(m -> m.group(1)).toList();
		assertFalse(names.isEmpty(), workbook);
		assertTrue(names.stream().noneMatch(n -> n.matches("Sheet\\d+")), "sheets have names: " + names);
		assertTrue(names.contains("Heatmap"), names.toString());
		// a mean is a number cell (t="n", not t="s" or t="inlineStr") holding a value like 3.45, with a 0.00 format
		java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("<c r=\"[A-Z]+\\d+\"(?: t=\"n\")?(?: s=\"\\d+\")?>\\s*<v>\\d\\.\\d+</v>")
				.matcher(sheets);
		int count = 0;
		while (numbers.find()) {
			count++;
		}
		assertTrue(count > 20, "the means are numeric cells, found " + count);
		assertTrue(styles.matches("(?s).*formatCode=\"[^\"]*0\\.00\".*"), "a 0.00 number format: " + styles);
	}
}

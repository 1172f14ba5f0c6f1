package org.fulcrum.examples.coachingstance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.report.SectionContent;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Engagement;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.report.ReportRenderer;
import org.junit.jupiter.api.Test;

/** The plugin's page in the individual report, contributed through the extension point alone. */
class StanceSectionTest {

	private final InstalledInstrument stance = InstrumentCatalog.installed().find("coaching-stance").orElseThrow();

	private IndividualReport report(Engagement engagement) throws Exception {
		var result = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement).participants().get(0);
		return IndividualReport.of(engagement, result, InstrumentCatalog.installed(), LocalDate.of(2026, 11, 25));
	}

	@Test
	void theSectionIsContributedAndShowsTheProfile() throws Exception {
		assertEquals(1, stance.reportSections().size());
		IndividualReport report = report(StanceEngagement.of(stance, new int[] { 2, 1, 3, 4 }, new int[] { 2, 2, 3, 5 },
				new int[] { 2, 1, 3, 3 }));
		SectionContent section = report.sections().get(0);
		assertEquals("Coaching stance", section.title());
		assertEquals(List.of("Coach", "Persecutor", "Victim", "Rescuer"), section.rows().stream().map(r -> r.label()).toList());
		assertEquals("4.00", section.rows().get(0).value());
		assertEquals(0.75, section.rows().get(0).share(), 1e-9);
		assertTrue(section.conclusion().contains("Dominant stance: coach"), section.conclusion());
	}

	@Test
	void itPrintsInTheIndividualReport() throws Exception {
		IndividualReport report = report(StanceEngagement.of(stance, new int[] { 5, 1, 2, 2 }, new int[] { 4, 1, 2, 1 },
				new int[] { 5, 2, 2, 2 }));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ReportRenderer.shared().write(report, ReportFormat.PDF, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Coaching stance"), "the plugin's heading");
			assertTrue(text.contains("Dominant stance: persecutor"), "the plugin's conclusion");
		}
	}

	@Test
	void withTooFewRatersTheSectionIsLeftOut() throws Exception {
		IndividualReport report = report(StanceEngagement.of(stance, new int[] { 5, 1, 2, 2 }, new int[] { 4, 1, 2, 1 }));
		assertEquals(List.of(), report.sections());
	}
}

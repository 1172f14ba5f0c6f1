package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.model.Engagement;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportFormat;
import org.junit.jupiter.api.Test;

class IndividualReportTest {

	private final Engagement demo = DemoEngagement.create(2026);
	private final EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(demo);

	private IndividualReport report(int participant) throws Exception {
		return IndividualReport.of(demo, result.participants().get(participant), InstrumentCatalog.installed(),
				LocalDate.of(2026, 11, 25));
	}

	@Test
	void thePdfNamesTheParticipantTheEngagementAndEveryTraitWithItsFigures() throws Exception {
		ParticipantResult first = result.participants().get(0);
		Rendered pdf = Rendered.of(report(0), ReportFormat.PDF);
		String text = pdf.pdfText();
		assertTrue(text.contains(first.assessment().getSubject().getName()), "participant's name");
		assertTrue(text.contains(demo.getName()), "engagement's name in the page header");
		for (String trait : new String[] { "Integrity", "Respect", "Responsibility", "Empathy", "Emotional Mastery",
				"Lack of Blame", "Humility", "Accountability", "Courage", "Self-Confidence", "Focus on the whole" }) {
			assertTrue(text.contains(trait), trait);
		}
		// a trait whose all-others figure the audit publishes for this participant
		double othersOnAccountability = first.dimension("ACC").orElseThrow().figures().of(RaterGroup.ALL_OTHERS).orElseThrow().mean();
		assertTrue(text.contains(String.format(Locale.ROOT, "%.2f", othersOnAccountability)), "all others' mean on Accountability");
		assertTrue(text.contains("Development worksheet"));
		assertTrue(text.contains("Page 1 of " + pdf.pdfPages()), "page numbers");
		assertTrue(pdf.pdfPages() >= 7, "cover, guide, balance, groups, items, comments, change, worksheet");
	}

	@Test
	void everyFontOfThePdfIsEmbedded() throws Exception {
		String fonts = Rendered.of(report(0), ReportFormat.PDF).pdfFonts();
		assertTrue(fonts.contains("DejaVu"), fonts);
		assertFalse(fonts.contains("NOT EMBEDDED"), fonts);
	}

	@Test
	void theHtmlIsOnePageWithItsImagesInside() throws Exception {
		String html = Rendered.of(report(0), ReportFormat.HTML).html();
		assertTrue(html.contains(result.participants().get(0).assessment().getSubject().getName()));
		assertTrue(html.contains("data:image/png;base64,"), "charts inline");
		assertFalse(html.contains("<img src=\"file:"), "no image files beside the page");
	}

	@Test
	void aSecondRenderOfTheSameReportGivesTheSameText() throws Exception {
		assertEquals(Rendered.of(report(1), ReportFormat.PDF).pdfText(), Rendered.of(report(1), ReportFormat.PDF).pdfText());
	}
}

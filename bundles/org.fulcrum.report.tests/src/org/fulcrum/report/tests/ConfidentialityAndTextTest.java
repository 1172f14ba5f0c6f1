package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.report.internal.data.ImageEncoding;
import org.fulcrum.report.internal.data.IndividualData;
import org.fulcrum.report.internal.data.Labels;
import org.junit.jupiter.api.Test;

class ConfidentialityAndTextTest {

	private final DemoFixture demo = new DemoFixture();

	@Test
	void aGroupOfTwoIsNamedNowhereInTheReport() throws Exception {
		Assessment small = demo.withGroupOf(RelationshipGroup.DIRECT_REPORT, 2);
		IndividualReport report = demo.report(small);
		IndividualData data = new IndividualData(report, ImageEncoding.PNG);
		for (Map<String, Object> row : data.rows("traits")) {
			assertEquals(Labels.NONE, row.get(RaterGroup.DIRECT_REPORT.name()), "direct reports on " + row.get("dimension"));
		}
		assertTrue(data.rows("raters").stream().noneMatch(r -> r.get("group").equals("Direct reports")));
		String text = Rendered.of(report, ReportFormat.PDF).pdfText();
		String whoAnswered = text.substring(text.indexOf("Who answered"), text.indexOf("Groups with fewer than"));
		assertFalse(whoAnswered.contains("Direct reports"), whoAnswered);
		assertTrue(whoAnswered.contains("All others"), whoAnswered);
		String html = Rendered.of(report, ReportFormat.HTML).html();
		String htmlWho = html.substring(html.indexOf("Who answered"), html.indexOf("Groups with fewer than"));
		assertFalse(htmlWho.contains("Direct reports"));
	}

	@Test
	void commentsNeverCarryTheirGroupAndAreEscapedInHtml() throws Exception {
		Assessment assessment = demo.assessment(0);
		demo.addComment(assessment, RelationshipGroup.PEER, "<script>alert('x')</script> & <b>not bold</b>");
		IndividualReport report = demo.report(assessment);
		String html = Rendered.of(report, ReportFormat.HTML).html();
		assertFalse(html.contains("<script>alert"), "a comment must not become markup");
		int at = html.indexOf("alert(");
		String shown = html.substring(Math.max(0, at - 30), Math.min(html.length(), at + 60));
		assertTrue(shown.contains("&lt;script") && shown.contains("&lt;/script"), "it shows as text: " + shown);
		assertFalse(html.contains("<b>not bold</b>"));
		String pdf = Rendered.of(report, ReportFormat.PDF).pdfText();
		assertTrue(pdf.contains("<script>alert('x')</script> & <b>not bold</b>"), "printed as written");
		// The page header and footer repeat the engagement's and participant's names on every page.
		String comments = pdf.substring(pdf.indexOf("What your raters wrote"), pdf.indexOf("Change since your previous round"))
				.replace(demo.engagement.getName(), "").replace(assessment.getSubject().getName(), "");
		for (String group : List.of("Peer", "Manager", "Direct report", "Partner")) {
			assertFalse(comments.contains(group), "no group named among the comments: " + group);
		}
	}

	@Test
	void centralEuropeanLettersPrintInThePdf() throws Exception {
		Assessment assessment = demo.assessment(0);
		String name = "Łucja Żółkiewska-Dvořák Őrsé";
		assessment.getSubject().setName(name);
		String comment = "Řešení přišlo včas; świetna współpraca, köszönöm: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ ěščřžýáíéůú ŐőŰű";
		demo.addComment(assessment, RelationshipGroup.PARTNER, comment);
		String text = Rendered.of(demo.report(assessment), ReportFormat.PDF).pdfText();
		assertTrue(text.contains(name), "the name with all its letters");
		assertTrue(text.contains(comment), "the comment with all its letters");
	}
}

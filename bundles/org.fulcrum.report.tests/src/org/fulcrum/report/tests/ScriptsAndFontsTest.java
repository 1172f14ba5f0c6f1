package org.fulcrum.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.report.internal.data.ImageEncoding;
import org.fulcrum.report.internal.data.IndividualData;
import org.fulcrum.report.internal.fonts.ReportFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Every script a name or comment may be written in comes back out of the PDF letter for letter,
 * from fonts Fulcrum ships and embeds; what no font prints is shown as U+FFFD and counted, never
 * dropped; the cover's dates come from collection when nobody typed them.
 */
class ScriptsAndFontsTest {

	private static final List<String> SCRIPTS = List.of(
			"Ευχαριστώ πολύ για όλα", // Greek
			"Спасибо за поддержку, Юлия", // Cyrillic
			"תודה רבה על העזרה", // Hebrew, right to left
			"شكرا جزيلا على المساعدة", // Arabic, joined and right to left
			"中文 谢谢你的帮助 ありがとう", // CJK ideographs and kana
			"Grüße ✓ ☺ ★ ♥", // Latin with symbols from the chain's fonts
			"Ευχαριστώ 👍 🎉 great 🚀", // emoji, beyond the Basic Multilingual Plane
			"𝐀𝑥𝔸 = 𝟙 and 𝒜 🂡 🨀 ⨀", // mathematical letters and symbols of plane 1 (Noto Sans Math, Symbols 2)
			"Émilie Nørgaard-Şahin");

	private final DemoFixture demo = new DemoFixture();

	@Test
	void everyScriptComesBackFromThePdfExactly() throws Exception {
		Assessment assessment = demo.assessment(0);
		assessment.getSubject().setName("Αλεξάνδρα Ковалёва");
		for (String text : SCRIPTS) {
			demo.addComment(assessment, RelationshipGroup.PEER, text);
		}
		Rendered pdf = Rendered.of(demo.report(assessment), ReportFormat.PDF);
		String text = pdf.pdfText();
		assertTrue(text.contains("Αλεξάνδρα Ковалёва"), "the participant's name");
		for (String written : SCRIPTS) {
			assertTrue(text.contains(written), "'" + written + "' is not in the PDF's text as written:\n" + excerpt(text, written));
		}
	}

	/**
	 * The same as read by poppler's pdftotext, the tool a reader of the PDF is likely to use. Its
	 * default layout mode gives every line back as written (Arabic under NFKC, see below), except that
	 * it may set glyphs of the taller emoji font apart in blocks of their own: a line with characters
	 * beyond the BMP must come back whole in content order ({@code -raw}, which does not reorder
	 * right-to-left text and so serves only for these) and each of its words in the default mode.
	 */
	@Test
	@EnabledIf("pdftotextInstalled")
	void pdftotextGivesEveryScriptBack() throws Exception {
		Assessment assessment = demo.assessment(0);
		SCRIPTS.forEach(t -> demo.addComment(assessment, RelationshipGroup.PEER, t));
		Path pdf = Files.createTempFile("scripts", ".pdf");
		try {
			Files.write(pdf, Rendered.of(demo.report(assessment), ReportFormat.PDF).bytes());
			String raw = readable(pdftotext(pdf, "-raw"), false);
			String layout = pdftotext(pdf);
			List<String> missing = new java.util.ArrayList<>();
			for (String written : SCRIPTS) {
				boolean arabic = written.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
				String text = readable(layout, arabic);
				String expected = readable(written, arabic);
				boolean found = written.codePoints().anyMatch(Character::isSupplementaryCodePoint)
						? raw.contains(expected) && java.util.Arrays.stream(expected.split(" ")).allMatch(text::contains)
						: text.contains(expected);
				if (!found) {
					missing.add(written);
				}
			}
			if (!missing.isEmpty()) {
				PdfAConformanceTest.keepForInspection(List.of(pdf));
			}
			assertEquals(List.of(), missing, "not in pdftotext's text as written:\n" + layout);
		} finally {
			Files.deleteIfExists(pdf);
		}
	}

	private static String pdftotext(Path pdf, String... options) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/pdftotext", "-enc", "UTF-8"));
		command.addAll(List.of(options));
		command.addAll(List.of(pdf.toString(), "-"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), text);
		return text;
	}

	/**
	 * pdftotext wraps right-to-left runs in embedding marks (U+202B … U+202C) and gives Arabic as
	 * BIRT printed it, in the shaped presentation forms: the same letters, equal under NFKC (see
	 * docs/reports.md); it may break a line at a glyph of another font, so white space is folded.
	 */
	private static String readable(String text, boolean arabic) {
		String plain = text.replaceAll("[\u202A-\u202E\u200E\u200F]", "").replaceAll("\\s+", " ");
		return arabic ? Normalizer.normalize(plain, Normalizer.Form.NFKC) : plain;
	}

	/**
	 * BIRT's emitter writes PDF/A-2b when the design asks (pdfConformance PDF.A2B): XMP metadata
	 * naming part 2, conformance B, and an sRGB output intent; the fonts are embedded as above.
	 */
	@Test
	void thePdfDeclaresPdfA2bWithAnOutputIntent() throws Exception {
		Assessment assessment = demo.assessment(0);
		demo.addComment(assessment, RelationshipGroup.PEER, "Ευχαριστώ 👍 中文");
		byte[] bytes = Rendered.of(demo.report(assessment), ReportFormat.PDF).bytes();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			var catalog = pdf.getDocumentCatalog();
			assertTrue(catalog.getMetadata() != null, "XMP metadata");
			String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertTrue(xmp.matches("(?s).*pdfaid:part(>|=\"|='|\s*=\s*\")2.*"), xmp);
			assertTrue(xmp.matches("(?s).*pdfaid:conformance(>|=\"|='|\s*=\s*\")B.*"), xmp);
			assertFalse(catalog.getOutputIntents().isEmpty(), "an output intent");
			assertEquals("GTS_PDFA1", catalog.getOutputIntents().get(0).getCOSObject().getNameAsString(COSName.S));
			assertTrue(pdf.getVersion() <= 1.7f, "PDF/A-2 allows headers up to %PDF-1.7: " + pdf.getVersion());
		}
	}

	@Test
	void everyFontIsEmbeddedAndNoneIsBirtsDefault() throws Exception {
		Assessment assessment = demo.assessment(0);
		SCRIPTS.forEach(t -> demo.addComment(assessment, RelationshipGroup.PEER, t));
		demo.addComment(assessment, RelationshipGroup.PEER, "Ευχαριστώ 👍 𝐀𝐁𝐂");
		IndividualReport report = demo.report(assessment);
		String fonts = Rendered.of(report, ReportFormat.PDF).pdfFonts();
		assertFalse(fonts.contains("NOT EMBEDDED"), fonts);
		assertFalse(fonts.contains("Times") || fonts.contains("STSong") || fonts.contains("Helvetica"), fonts);
		assertTrue(fonts.contains("DejaVu") && fonts.contains("Noto"), fonts);
	}

	@Test
	void whatNoFontPrintsIsAVisibleReplacementAndCounted() throws Exception {
		Assessment assessment = demo.assessment(0);
		// Gothic (U+10330): a script beyond the BMP that no font of the chain has
		demo.addComment(assessment, RelationshipGroup.PEER, "Ευχαριστώ 👍 for the 𐌰 plan \uD83D alone");
		long before = ReportFonts.replaced();
		String text = Rendered.of(demo.report(assessment), ReportFormat.PDF).pdfText();
		assertTrue(text.contains("Ευχαριστώ 👍 for the \uFFFD plan \uFFFD alone"), excerpt(text, "Ευχαριστώ"));
		assertTrue(ReportFonts.replaced() - before >= 2, "the replaced characters are counted for the warning");
		assertFalse(text.contains("Ευχαριστώ ?") || text.contains("Ευχαριστώ  for"), "never a question mark, never dropped");
		String html = Rendered.of(demo.report(assessment), ReportFormat.HTML).html();
		assertTrue(html.contains("👍") || html.contains("&#128077;"), "HTML keeps the emoji for the browser's fonts");
	}

	@Test
	void theCoverDatesComeFromCollectionWhenNobodyTypedThem() throws Exception {
		Assessment assessment = demo.assessment(0);
		demo.engagement.setStartDate(null);
		demo.engagement.setEndDate(null);
		demo.engagement.getAssessments().forEach(a -> {
			a.setOpened(null);
			a.setClosed(null);
		});
		LocalDate first = LocalDate.of(2026, 10, 5);
		LocalDate last = LocalDate.of(2026, 10, 19);
		List<RaterInvitation> answered = assessment.getInvitations().stream().filter(i -> i.getSubmitted() != null || !i.getResponses().isEmpty()).toList();
		for (int i = 0; i < answered.size(); i++) {
			answered.get(i).setSubmitted(date(i == 0 ? first : i == answered.size() - 1 ? last : first.plusDays(3)));
		}
		demo.engagement.getAssessments().stream().filter(a -> a != assessment).flatMap(a -> a.getInvitations().stream())
				.filter(i -> i.getSubmitted() != null).forEach(i -> i.setSubmitted(date(first.plusDays(1))));
		IndividualData data = new IndividualData(demo.report(assessment), ImageEncoding.PNG);
		assertEquals("5 October 2026 \u2013 19 October 2026", data.text("collected"));
		assertEquals("5 October 2026 \u2013 19 October 2026", data.text("period"));
		String text = Rendered.of(demo.report(assessment), ReportFormat.PDF).pdfText();
		assertTrue(text.contains("5 October 2026 \u2013 19 October 2026"), "the collection dates on the cover");
		// withheld figures print as dashes in tables, so look only beside the cover's two date labels
		for (String label : List.of("Answers collected", "Engagement period")) {
			int at = text.indexOf(label);
			assertTrue(at >= 0, label + " on the cover");
			String beside = text.substring(at, Math.min(text.length(), at + label.length() + 60));
			assertFalse(beside.contains("\u2013 \u2013") || beside.contains("\u2013\u2013"), "no empty date beside " + label);
		}
	}

	static boolean pdftotextInstalled() {
		return Files.isExecutable(Path.of("/usr/bin/pdftotext"));
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

	private static String excerpt(String text, String around) {
		int at = text.indexOf(around.substring(0, around.offsetByCodePoints(0, Math.min(3, around.codePointCount(0, around.length())))));
		return at < 0 ? text.substring(0, Math.min(2000, text.length())) : text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 400));
	}
}

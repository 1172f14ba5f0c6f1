package org.fulcrum.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fulcrum.report.CohortReport;
import org.fulcrum.report.PlanReport;
import org.fulcrum.report.ProgressReport;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.PlanReport;
import org.fulcrum.report.ProgressReport;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.report.ReportRenderer;

/** A report rendered in memory, read back as a reader would: a PDF's text and pages, an HTML page's source. */
record Rendered(byte[] bytes) {

	static Rendered of(IndividualReport report, ReportFormat format) throws ReportException {
		return render(out -> ReportRenderer.shared().write(report, format, out));
	}

	static Rendered of(CohortReport report, ReportFormat format) throws ReportException {
		return render(out -> ReportRenderer.shared().write(report, format, out));
	}

	static Rendered of(PlanReport report, ReportFormat format) throws ReportException {
		return render(out -> ReportRenderer.shared().write(report, format, out));
	}

	static Rendered of(ProgressReport report, ReportFormat format) throws ReportException {
		return render(out -> ReportRenderer.shared().write(report, format, out));
	}

	private interface Writing {
		void to(ByteArrayOutputStream out) throws ReportException;
	}

	private static Rendered render(Writing writing) throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writing.to(out);
		return new Rendered(out.toByteArray());
	}

	/** The PDF's text as a text extractor sees it: only letters that really print are in it. */
	String pdfText() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	int pdfPages() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return pdf.getNumberOfPages();
		}
	}

	/** The names of the fonts the PDF uses, and whether each is embedded. */
	String pdfFonts() throws IOException {
		StringBuilder fonts = new StringBuilder();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					var font = page.getResources().getFont(name);
					fonts.append(font.getName()).append(font.isEmbedded() ? " embedded" : " NOT EMBEDDED").append('\n');
				}
			}
		}
		return fonts.toString();
	}

	String html() {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}

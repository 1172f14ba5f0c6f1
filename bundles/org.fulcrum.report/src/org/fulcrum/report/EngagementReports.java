package org.fulcrum.report;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ReleaseDecision;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.report.internal.fonts.ReportFonts;

/**
 * Writes an engagement's reports into a folder: the individual report of each selected participant
 * (under the release ledger's rule, each release recorded in the engagement) and the cohort report.
 * The caller saves the engagement afterwards to keep the ledger.
 */
public final class EngagementReports {

	/**
	 * @param participant a participant's or assessment's id, or null for everyone
	 * @param threads how many reports to render at once
	 */
	public record Request(Path folder, Set<ReportFormat> formats, String participant, boolean individual, boolean cohort,
			int threads, LocalDate date) {
	}

	/** @param notes what the consultant should know: held-back raters, refused releases */
	public record Result(ReportBatch.Outcome outcome, List<String> notes, int released) {
	}

	private EngagementReports() {
	}

	/** The assessments of {@code engagement} a request selects, in the engagement's order; empty when none matches. */
	public static List<Assessment> select(Engagement engagement, String participant) {
		return engagement.getAssessments().stream().filter(a -> a.getInstrument() != null)
				.filter(a -> participant == null || participant.equals(a.getId())
						|| a.getSubject() != null && participant.equals(a.getSubject().getId()))
				.toList();
	}

	public static Result write(Engagement engagement, Request request, ReportBatch.Progress progress)
			throws ReportException, InterruptedException {
		ReportRenderer renderer = ReportRenderer.shared();
		List<Assessment> selected = request.individual() ? select(engagement, request.participant()) : List.of();
		ReleaseLedger ledger = ReleaseLedger.plan(engagement, selected);
		// the one release decision per participant: the same figures as score, plans and the workbench
		EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement);
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		List<String> notes = new ArrayList<>();
		List<ReportBatch.Job> jobs = new ArrayList<>();
		List<IndividualReport> reports = new ArrayList<>();
		Set<ReportFormat> individualFormats = EnumSet.copyOf(request.formats());
		individualFormats.remove(ReportFormat.XLSX);
		for (Assessment assessment : selected) {
			ParticipantResult participant = result.of(assessment).orElse(null);
			ReleaseDecision decision = result.release(assessment);
			String who = label(assessment);
			decision.notes().forEach(note -> notes.add(who + ": " + note));
			if (participant == null) {
				continue;
			}
			if (decision.refusal().isPresent()) {
				notes.add(who + ": not released: " + decision.refusal().get());
				continue;
			}
			IndividualReport report = IndividualReport.of(engagement, participant, catalog, request.date());
			reports.add(report);
			for (ReportFormat format : individualFormats) {
				jobs.add(new ReportBatch.Job(who + " (" + format + ")",
						request.folder().resolve(fileName(assessment, format)), out -> renderer.write(report, format, out)));
			}
		}
		if (request.cohort()) {
			// The released figures too: a cohort next to a re-issued report must not give a late rater away.
			CohortReport cohort = new CohortReport(engagement, result, request.date());
			for (ReportFormat format : request.formats()) {
				jobs.add(new ReportBatch.Job("cohort report (" + format + ")", request.folder().resolve("cohort." + format.extension()),
						out -> renderer.write(cohort, format, out)));
			}
		}
		long replacedBefore = ReportFonts.replaced();
		ReportBatch.Outcome outcome = ReportBatch.run(jobs, request.threads(), progress);
		long replaced = ReportFonts.replaced() - replacedBefore;
		if (replaced > 0) {
			notes.add(replaced + " character(s) that no font of the reports prints (emoji and other characters beyond Unicode's"
					+ " Basic Multilingual Plane, or scripts Fulcrum ships no font for) are shown as \uFFFD in the PDFs;"
					+ " the HTML reports keep them");
		}
		int released = 0;
		Date now = new Date();
		for (IndividualReport report : reports) {
			boolean allWritten = outcome.written().stream().filter(j -> j.name().startsWith(label(report.result().assessment()) + " ("))
					.count() == individualFormats.size();
			if (allWritten && !individualFormats.isEmpty()) {
				ledger.record(engagement, report, individualFormats, now);
				released++;
			}
		}
		return new Result(outcome, notes, released);
	}

	/** How progress lines and failures name an assessment, e.g. "pm-03 Ana Kovač". */
	public static String label(Assessment assessment) {
		String name = assessment.getSubject() == null ? null : assessment.getSubject().getName();
		return assessment.getId() + (name == null ? "" : " " + name);
	}

	/** The file of an assessment's individual report, e.g. {@code pm-03-ana-kovac.pdf}: ASCII, whatever the name. */
	public static String fileName(Assessment assessment, ReportFormat format) {
		String name = assessment.getSubject() == null ? "" : assessment.getSubject().getName();
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
				.replace("ß", "ss").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		String id = assessment.getId().replaceAll("[^A-Za-z0-9_.-]+", "-");
		return id + (ascii.isEmpty() ? "" : "-" + ascii) + "." + format.extension();
	}
}

package org.fulcrum.report.internal.data;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;

/**
 * The dates a report's cover gives for a round and for the engagement. Dates set on the
 * assessment or engagement win; where they are not set (the command line never asks for them),
 * they come from collection: the first and the last answer received ({@code submitted}, set when
 * {@code import-responses} takes a rater's answers in). Never a bare "– –".
 */
public final class RoundDates {

	private RoundDates() {
	}

	/** "Answers collected": opened – closed, else first – last answer, else "no answers yet". */
	public static String collected(Assessment assessment) {
		Optional<LocalDate[]> answers = answerSpan(assessment, null);
		LocalDate from = assessment.getOpened() != null ? assessment.getOpened() : answers.map(a -> a[0]).orElse(null);
		LocalDate to = assessment.getClosed() != null ? assessment.getClosed() : answers.map(a -> a[1]).orElse(null);
		return span(from, to, "no answers yet");
	}

	/** "Engagement period": start – end, each missing end filled from the answers of every round. */
	public static String period(Engagement engagement) {
		LocalDate[] span = null;
		for (Assessment assessment : engagement.getAssessments()) {
			span = answerSpan(assessment, span).orElse(span);
			if (assessment.getOpened() != null) {
				span = widen(span, assessment.getOpened());
			}
			if (assessment.getClosed() != null) {
				span = widen(span, assessment.getClosed());
			}
		}
		LocalDate from = engagement.getStartDate() != null ? engagement.getStartDate() : span == null ? null : span[0];
		LocalDate to = engagement.getEndDate() != null ? engagement.getEndDate() : span == null ? null : span[1];
		if (to != null && from != null && to.isBefore(from)) {
			to = from;
		}
		return span(from, to, "not recorded");
	}

	private static String span(LocalDate from, LocalDate to, String none) {
		if (from == null && to == null) {
			return none;
		}
		if (from == null || to == null || from.equals(to)) {
			return Labels.date(from != null ? from : to);
		}
		return Labels.date(from) + " \u2013 " + Labels.date(to);
	}

	private static Optional<LocalDate[]> answerSpan(Assessment assessment, LocalDate[] start) {
		LocalDate[] span = start;
		for (RaterInvitation invitation : assessment.getInvitations()) {
			Date submitted = invitation.getSubmitted();
			if (submitted != null) {
				span = widen(span, submitted.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
			}
		}
		return Optional.ofNullable(span);
	}

	private static LocalDate[] widen(LocalDate[] span, LocalDate date) {
		if (span == null) {
			return new LocalDate[] { date, date };
		}
		return new LocalDate[] { date.isBefore(span[0]) ? date : span[0], date.isAfter(span[1]) ? date : span[1] };
	}
}

package org.fulcrum.report.internal.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.RaterGroup;

/** How figures, groups and dates read in a report: one place, so every table says it the same way. */
public final class Labels {

	/** What a reader sees where a figure is withheld or there is none. */
	public static final String NONE = "\u2013";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private Labels() {
	}

	public static String group(RaterGroup group) {
		return switch (group) {
		case SELF -> "Self";
		case MANAGER -> "Manager";
		case PEER -> "Peers";
		case DIRECT_REPORT -> "Direct reports";
		case PARTNER -> "Partners";
		case OTHER -> "Others";
		case ALL_OTHERS -> "All others";
		};
	}

	public static String mean(Figures figures, RaterGroup group) {
		return figures.of(group).map(f -> number(f.mean())).orElse(NONE);
	}

	public static String number(double value) {
		return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.2f", value);
	}

	/** A figure for a numeric column (a number cell in a workbook), or {@code null} for none: the design shows "–". */
	public static Double figure(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
	}

	public static String signed(double value) {
		return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%+.2f", value);
	}

	public static String range(Optional<Figure> figure) {
		return figure.filter(f -> f.n() > 0 && !Double.isNaN(f.min())).map(f -> String.format(Locale.ROOT, "%.0f\u2013%.0f", f.min(), f.max())).orElse(NONE);
	}

	public static String date(LocalDate date) {
		return date == null ? NONE : DATE.format(date);
	}

	public static String text(String text) {
		return text == null || text.isBlank() ? NONE : text;
	}
}

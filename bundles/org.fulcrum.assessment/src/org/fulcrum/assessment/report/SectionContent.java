package org.fulcrum.assessment.report;

import java.util.List;

/**
 * What a contributed report section shows: a heading, a paragraph before and after a table of
 * labelled values. Text is plain: the report escapes it for HTML.
 *
 * @param title e.g. "Coaching stance"
 * @param introduction the paragraph under the heading (may be empty)
 * @param rows the table, in the order to show it (may be empty)
 * @param conclusion the paragraph under the table, e.g. "Dominant stance: coach" (may be empty)
 */
public record SectionContent(String title, String introduction, List<SectionRow> rows, String conclusion) {

	public SectionContent {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a report section needs a title");
		}
		introduction = introduction == null ? "" : introduction;
		rows = List.copyOf(rows);
		conclusion = conclusion == null ? "" : conclusion;
	}
}

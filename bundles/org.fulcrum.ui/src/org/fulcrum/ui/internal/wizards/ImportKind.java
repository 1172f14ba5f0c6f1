package org.fulcrum.ui.internal.wizards;

import org.fulcrum.assessment.io.NominationImport;
import org.fulcrum.assessment.io.ParticipantImport;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.model.Engagement;

/** The three imports of docs/formats.md, as the wizard offers them; each takes all rows or none. */
public enum ImportKind {

	PARTICIPANTS("Participants", "participants", "id, name, email [, title, organization, reports_to, manages]"),
	RATERS("Rater nominations", "rater nominations", "participant, rater_name, email, relationship"),
	RESPONSES("Responses", "submissions", "token (or participant and rater_email), one column per item id, comment columns");

	private final String label;
	private final String things;
	private final String columns;

	ImportKind(String label, String things, String columns) {
		this.label = label;
		this.things = things;
		this.columns = columns;
	}

	public String label() {
		return label;
	}

	/** What is counted, e.g. "submissions". */
	public String things() {
		return things;
	}

	public String columns() {
		return columns;
	}

	/** Runs the import on the engagement; returns how many were added, or throws with every problem and changes nothing. */
	public int apply(Engagement engagement, CsvTable table, String round) throws ImportException {
		return switch (this) {
		case PARTICIPANTS -> ParticipantImport.apply(engagement, table);
		case RATERS -> NominationImport.apply(engagement, table, round);
		case RESPONSES -> ResponseImport.apply(engagement, table);
		};
	}
}

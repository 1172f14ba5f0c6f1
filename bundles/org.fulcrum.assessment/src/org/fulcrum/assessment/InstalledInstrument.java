package org.fulcrum.assessment;

import org.fulcrum.model.Instrument;

/** An instrument a plugin contributes through the extension point {@code org.fulcrum.assessment.instruments}. */
public interface InstalledInstrument {

	/** The id engagements refer to it by. */
	String id();

	String name();

	String version();

	/** The symbolic name of the plugin that contributes it. */
	String contributor();

	/** A new copy of the definition, not contained anywhere, ready to add to an engagement. */
	Instrument definition();

	/** The instrument's own scorer, where its plugin contributes one. */
	java.util.Optional<org.fulcrum.assessment.scoring.InstrumentScorer> scorer();

	/** The sections its plugin adds to the individual report, in the order of the contribution. */
	java.util.List<org.fulcrum.assessment.report.ReportSection> reportSections();
}

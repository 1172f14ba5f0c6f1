package org.fulcrum.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.report.ReportSection;
import org.fulcrum.assessment.report.SectionContent;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.model.Engagement;

/**
 * Everything the individual 360° report of one participant shows: the published results and the
 * sections the instrument's plugin contributes.
 *
 * @param generated the date printed on the report
 */
public record IndividualReport(Engagement engagement, ParticipantResult result, List<SectionContent> sections,
		LocalDate generated) {

	public IndividualReport {
		sections = List.copyOf(sections);
	}

	/**
	 * The report of {@code result}, with the sections the plugin of its instrument contributes (extension
	 * point {@code org.fulcrum.assessment.instruments}). A section that fails fails the report, naming
	 * the plugin's class: a report silently missing a page is worse than no report.
	 */
	public static IndividualReport of(Engagement engagement, ParticipantResult result, InstrumentCatalog catalog,
			LocalDate generated) throws ReportException {
		List<SectionContent> sections = new ArrayList<>();
		Optional<InstalledInstrument> instrument = catalog.find(result.assessment().getInstrument().getId());
		for (ReportSection section : instrument.map(InstalledInstrument::reportSections).orElse(List.of())) {
			try {
				section.content(result).ifPresent(sections::add);
			} catch (RuntimeException e) {
				throw new ReportException("the report section " + section.getClass().getName() + " of plugin "
						+ instrument.get().contributor() + " failed: " + e, e);
			}
		}
		return new IndividualReport(engagement, result, sections, generated);
	}

	/** The participant's name as the report prints it. */
	public String participantName() {
		String name = result.assessment().getSubject() == null ? null : result.assessment().getSubject().getName();
		return name == null || name.isBlank() ? result.assessment().getId() : name;
	}
}

package org.fulcrum.report;

import java.time.LocalDate;

import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.model.Engagement;

/**
 * The coaching progress report of an engagement's cohort. Participants are named only where the
 * policy allows it ({@code namesInCohortReports}), with the same codes as the cohort report otherwise.
 */
public record ProgressReport(Engagement engagement, CohortProgress progress, LocalDate generated) {
}

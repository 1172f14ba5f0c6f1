package org.fulcrum.report;

import java.time.LocalDate;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.model.Engagement;

/**
 * The engagement's cohort report: every participant's published results side by side, response
 * rates and the instrument's quality. Participants are named only where the engagement's policy
 * allows it ({@code namesInCohortReports}); otherwise they are P01, P02…, the same codes in every
 * cohort-wide report.
 */
public record CohortReport(Engagement engagement, EngagementResult result, LocalDate generated) {
}

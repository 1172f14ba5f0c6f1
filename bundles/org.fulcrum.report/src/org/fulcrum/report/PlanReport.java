package org.fulcrum.report;

import java.time.LocalDate;

import org.fulcrum.coaching.PlanSheet;
import org.fulcrum.model.Engagement;

/** The development plan report of one plan: its focus traits, behaviours, goals, actions and the partner issues to learn from. */
public record PlanReport(Engagement engagement, PlanSheet sheet, LocalDate generated) {
}

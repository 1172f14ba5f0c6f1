package org.fulcrum.report;

import java.time.LocalDate;

import org.fulcrum.issues.KeyIssues;
import org.fulcrum.model.Engagement;

/** The key partner issues report: open issues by age, priority, escalation level and partner; recurrences; broken commitments. */
public record IssuesReport(Engagement engagement, KeyIssues issues, LocalDate generated) {
}

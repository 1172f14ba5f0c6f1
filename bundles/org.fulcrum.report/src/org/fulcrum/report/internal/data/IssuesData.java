package org.fulcrum.report.internal.data;

import java.time.ZoneOffset;
import java.util.Map;

import org.fulcrum.issues.KeyIssues;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.report.IssuesReport;

/**
 * The data sets of {@code issues.rptdesign}: the key partner issues as of a moment. Only what the
 * key issues query gives: no internal note of any issue reaches the report.
 */
public final class IssuesData extends ReportData {

	public IssuesData(IssuesReport report, ImageEncoding encoding) {
		super(encoding);
		KeyIssues issues = report.issues();
		put("reportTitle", "Key partner issues");
		put("engagement", Labels.text(report.engagement().getName()));
		put("asOf", Labels.date(issues.asOf().atZone(ZoneOffset.UTC).toLocalDate()));
		put("generated", Labels.date(report.generated()));
		put("totals", issues.open().size() + " open issue(s), " + issues.recurring().size() + " recurring, "
				+ issues.brokenCommitments().size() + " broken commitment(s) to partners, " + issues.unconfirmed().size()
				+ " resolved but not confirmed by the partner, " + issues.lapses().size() + " update(s) or timetable(s) owed.");
		Rows summary = new Rows();
		count(summary, 0, "By priority", issues.byPriority(), k -> org.fulcrum.issues.Labels.priority(k));
		count(summary, 1, "By escalation level", issues.byLevel(), k -> org.fulcrum.issues.Labels.level(k));
		count(summary, 2, "By age", issues.byAge(), KeyIssues.AgeBand::label);
		count(summary, 3, "By partner", issues.byPartner(), id -> partnerName(report, id));
		put("summary", summary.isEmpty() ? new Rows().add("order", 0, "group", "Open issues", "label", "none", "count", 0L) : summary);
		Rows open = new Rows();
		for (KeyIssues.OpenIssue issue : issues.open()) {
			PartnerIssue i = issue.issue();
			String level = org.fulcrum.issues.Labels.level(issue.level())
					+ (issue.dueLevel() != issue.level() ? " (due: " + org.fulcrum.issues.Labels.level(issue.dueLevel()) + ")" : "");
			open.add("id", i.getId(), "title", Labels.text(i.getTitle()), "partner", partner(i), "owner", owner(i), "priority",
					org.fulcrum.issues.Labels.priority(i.getPriority()), "status", issue.status(), "age", issue.ageDays() + " d",
					"level", level, "occurrence", issue.occurrence() > 1 ? "repeat #" + issue.occurrence() : "");
		}
		put("open", open.isEmpty() ? new Rows().add("id", "", "title", "No open issue.", "partner", "", "owner", "", "priority", "",
				"status", "",
				"age", "", "level", "", "occurrence", "") : open);
		Rows recurring = new Rows();
		for (KeyIssues.RecurringIssue issue : issues.recurring()) {
			recurring.add("id", issue.issue().getId(), "title", Labels.text(issue.issue().getTitle()), "partner", partner(issue.issue()),
					"repeats", issue.repeats().getId(), "occurrence", issue.occurrence());
		}
		put("recurring", recurring.isEmpty() ? new Rows().add("id", "", "title", "No recurring issue.", "partner", "", "repeats", "",
				"occurrence", 0) : recurring);
		Rows unconfirmed = new Rows();
		for (KeyIssues.Unconfirmed issue : issues.unconfirmed()) {
			unconfirmed.add("id", issue.issue().getId(), "title", Labels.text(issue.issue().getTitle()), "partner", partner(issue.issue()),
					"owner", owner(issue.issue()), "waiting", Labels.date(issue.resolved().atZone(ZoneOffset.UTC).toLocalDate()) + ", "
							+ issue.daysWaiting() + " d");
		}
		put("unconfirmed", unconfirmed.isEmpty() ? new Rows().add("id", "", "title", "Every resolution is confirmed.", "partner", "",
				"owner", "", "waiting", "") : unconfirmed);
		Rows lapses = new Rows();
		for (KeyIssues.Lapse lapse : issues.lapses()) {
			lapses.add("id", lapse.issue().getId(), "what", lapse.kind().label() + ": " + Labels.text(lapse.detail()), "partner",
					partner(lapse.issue()), "owner", owner(lapse.issue()), "since", org.fulcrum.issues.Labels.moment(lapse.since()));
		}
		put("lapses", lapses.isEmpty() ? new Rows().add("id", "", "what", "No update or timetable owed.", "partner", "", "owner", "",
				"since", "") : lapses);
		Rows broken = new Rows();
		for (KeyIssues.BrokenCommitment commitment : issues.brokenCommitments()) {
			broken.add("id", commitment.issue().getId(), "partner", partner(commitment.issue()), "commitment",
					Labels.text(commitment.commitment().getDescription()), "due", Labels.date(commitment.due()), "done",
					commitment.done() == null ? "not yet" : Labels.date(commitment.done()), "late", commitment.daysLate() + " d");
		}
		put("broken", broken.isEmpty() ? new Rows().add("id", "", "partner", "", "commitment", "No commitment broken.", "due", "",
				"done", "", "late", "") : broken);
	}

	private static <K> void count(Rows rows, int order, String group, Map<K, Long> counts, java.util.function.Function<K, String> label) {
		counts.forEach((key, count) -> rows.add("order", order, "group", group, "label", label.apply(key), "count", count));
	}

	private static String partner(PartnerIssue issue) {
		return issue.getPartner() == null ? Labels.NONE : Labels.text(issue.getPartner().getName());
	}

	private static String owner(PartnerIssue issue) {
		return issue.getSupportOwner() == null ? "nobody" : Labels.text(issue.getSupportOwner().getName());
	}

	private static String partnerName(IssuesReport report, String id) {
		return report.engagement().getPartners().stream().filter(p -> id.equals(p.getId())).map(p -> Labels.text(p.getName()))
				.findFirst().orElse(id);
	}
}

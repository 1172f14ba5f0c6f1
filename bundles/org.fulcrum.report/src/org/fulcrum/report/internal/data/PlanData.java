package org.fulcrum.report.internal.data;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.fulcrum.assessment.scoring.Releases;
import org.fulcrum.coaching.PlanSheet;
import org.fulcrum.coaching.SmartCheck;
import org.fulcrum.coaching.SmartFinding;
import org.fulcrum.model.Action;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.report.PlanReport;

/** The data sets of {@code plan.rptdesign}: one development plan, its focus traits, behaviours, actions with their SMART findings, and tagged partner issues. */
public final class PlanData extends ReportData {

	public PlanData(PlanReport report, ImageEncoding encoding) {
		super(encoding);
		PlanSheet sheet = report.sheet();
		put("reportTitle", "Development plan \u00b7 " + sheet.participant());
		put("engagement", Labels.text(report.engagement().getName()));
		put("participant", sheet.participant());
		put("round", Labels.text(sheet.round()));
		put("start", Labels.date(sheet.start()));
		// the plan's figures come from the results it is based on: those of a released participant keep to that release, and say so
		var basedOn = sheet.plan().getBasedOn();
		put("status", sheet.status() + (basedOn == null ? ""
				: Releases.of(report.engagement()).decision(basedOn).statement().map(s -> " \u00b7 " + s).orElse("")));
		put("generated", Labels.date(report.generated()));
		Rows focus = new Rows();
		Rows behaviours = new Rows();
		Rows actions = new Rows();
		for (int f = 0; f < sheet.focus().size(); f++) {
			PlanSheet.Focus area = sheet.focus().get(f);
			focus.add("order", f, "trait", (f + 1) + ". " + area.trait().getName(), "pillar", area.pillar(), "rationale",
					area.rationale(), "others", mean(area.others()), "self", mean(area.self()), "goal",
					area.goal().isBlank() ? "(to be written by the coachee)" : area.goal(), "goalNote",
					area.goalStated() ? "in the coachee's own words" : "not stated yet: the coachee writes it");
			for (PlanSheet.Behaviour behaviour : area.behaviours()) {
				behaviours.add("order", f, "trait", area.trait().getName(), "behaviour", behaviour.item().getText(), "others", mean(behaviour.others()), "self",
						mean(behaviour.self()));
			}
			for (Action action : area.actions()) {
				actions.add("order", f, "what", Labels.text(action.getWhat()), "measure",
						Labels.text(action.getMeasure()), "due",
						Labels.date(action.getDueDate()), "owner",
						action.getOwner() == null ? Labels.NONE : action.getOwner().getName(),
						"status", action.getStatus().getLiteral(), "smart", smart(SmartCheck.of(action)));
			}
		}
		put("focus", focus);
		put("behaviours", behaviours);
		put("actions", actions.isEmpty() ? new Rows().add("order", -1, "what", "No actions agreed yet.", "measure", "", "due", "",
				"owner", "", "status", "", "smart", "") : actions);
		put("issues", issues(sheet.recentIssues()));
	}

	private static String mean(OptionalDouble value) {
		return value.isPresent() ? Labels.number(value.getAsDouble())
				: Labels.NONE;
	}

	private static String smart(List<SmartFinding> findings) {
		return findings.isEmpty() ? "SMART" : findings.stream().map(f -> (f.error() ? "\u2717 " : "! ") + f.message())
				.collect(Collectors.joining("\n"));
	}

	private static Rows issues(List<PartnerIssue> issues) {
		Rows rows = new Rows();
		for (PartnerIssue issue : issues) {
			rows.add("id", issue.getId(), "title", Labels.text(issue.getTitle()), "partner",
					issue.getPartner() == null ? "" : issue.getPartner().getName(), "priority", org.fulcrum.issues.Labels.priority(issue.getPriority()),
					"status", org.fulcrum.issues.Labels.status(issue.getStatus()), "traits",
					issue.getTraits().stream().map(t -> t.getName()).collect(Collectors.joining(", ")));
		}
		if (rows.isEmpty()) {
			rows.add("id", "", "title", "No recent partner issue is tagged with these traits.", "partner", "", "priority", "",
					"status", "", "traits", "");
		}
		return rows;
	}
}

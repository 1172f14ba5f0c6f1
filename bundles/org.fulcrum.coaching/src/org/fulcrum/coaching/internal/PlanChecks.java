package org.fulcrum.coaching.internal;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.coaching.PlanDrafter;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PlanStatus;

/**
 * A plan the coachee agreed to has goals in the coachee's own words, each with an action, and
 * stays on two or three traits. A draft is left alone: it is work in progress.
 */
public final class PlanChecks implements ValidationRule {

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		for (DevelopmentPlan plan : engagement.getPlans()) {
			if (plan.getFocusAreas().size() > PlanDrafter.MOST) {
				add(diagnostics, plan, "Plan " + plan.getId() + " works on " + plan.getFocusAreas().size() + " traits. Keep to "
						+ PlanDrafter.LEAST + " or " + PlanDrafter.MOST + ": a plan on everything changes nothing.");
			}
			if (plan.getStatus() == PlanStatus.DRAFT) {
				continue;
			}
			for (FocusArea area : plan.getFocusAreas()) {
				String trait = area.getTrait() == null ? "a focus area" : area.getTrait().getName();
				for (Goal goal : area.getGoals()) {
					if (goal.getStatement() == null || goal.getStatement().isBlank()) {
						add(diagnostics, goal, "The goal for " + trait + " in plan " + plan.getId() + ", which is "
								+ plan.getStatus().getLiteral() + ", has not been stated by the coachee. Ask: "
								+ (goal.getPrompt() != null ? goal.getPrompt() : "what do they want to do differently?"));
					} else if (goal.getActions().isEmpty()) {
						add(diagnostics, goal, "The goal '" + goal.getStatement() + "' in plan " + plan.getId()
								+ " has no action yet. Agree at least one SMART action with the coachee.");
					}
				}
			}
		}
	}

	private static void add(DiagnosticChain diagnostics, EObject about, String message) {
		diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, SmartActions.SOURCE, 20, message, new Object[] { about }));
	}
}

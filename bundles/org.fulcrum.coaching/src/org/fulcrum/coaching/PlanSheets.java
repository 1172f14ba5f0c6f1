package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Action;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.Goal;

/** Builds {@link PlanSheet}s from a plan and its participant's published results. */
public final class PlanSheets {

	private PlanSheets() {
	}

	/** @param result the published results the plan is based on, or null where there are none */
	public static PlanSheet of(Engagement engagement, DevelopmentPlan plan, ParticipantResult result, LocalDate asOf) {
		List<PlanSheet.Focus> focus = new ArrayList<>();
		for (FocusArea area : plan.getFocusAreas()) {
			Dimension trait = area.getTrait();
			Optional<Figures> figures = result == null ? Optional.empty()
					: result.dimension(trait.getId()).map(d -> d.figures());
			List<PlanSheet.Behaviour> behaviours = new ArrayList<>();
			for (BehaviourItem item : area.getBehaviours()) {
				Optional<Figures> itemFigures = result == null ? Optional.empty() : result.item(item.getId()).map(i -> i.figures());
				behaviours.add(new PlanSheet.Behaviour(item, mean(itemFigures, RaterGroup.ALL_OTHERS), mean(itemFigures, RaterGroup.SELF)));
			}
			List<String> goals = new ArrayList<>();
			List<Action> actions = new ArrayList<>();
			boolean stated = !area.getGoals().isEmpty();
			for (Goal goal : area.getGoals()) {
				boolean has = goal.getStatement() != null && !goal.getStatement().isBlank();
				stated &= has;
				goals.add(has ? goal.getStatement() : goal.getPrompt() == null ? "" : goal.getPrompt());
				actions.addAll(goal.getActions());
			}
			String pillar = trait.eContainer() instanceof Dimension parent ? parent.getName() : "";
			focus.add(new PlanSheet.Focus(trait, pillar, area.getRationale() == null ? "" : area.getRationale(),
					mean(figures, RaterGroup.ALL_OTHERS), mean(figures, RaterGroup.SELF), behaviours, String.join(" / ", goals),
					stated, actions));
		}
		return new PlanSheet(plan, plan.getParticipant() == null ? "" : plan.getParticipant().getName(),
				plan.getBasedOn() == null ? "" : plan.getBasedOn().getRound(), plan.getStart(), plan.getStatus().getLiteral(), focus,
				Agendas.recentIssues(engagement, plan, asOf));
	}

	private static OptionalDouble mean(Optional<Figures> figures, RaterGroup group) {
		return figures.flatMap(f -> f.of(group)).map(f -> OptionalDouble.of(f.mean())).orElse(OptionalDouble.empty());
	}
}

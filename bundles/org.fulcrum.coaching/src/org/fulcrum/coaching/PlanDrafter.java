package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PlanStatus;

/**
 * Drafts a development plan from a participant's published results by one documented rule
 * (docs/coaching.md), for the consultant and the coachee to edit; it is a draft, not a verdict.
 * <ol>
 * <li>Candidates are the traits (and a base without sub-dimensions) with a published all-others mean.</li>
 * <li>Blind spots come first, the largest gap first; then the other traits by all-others mean, lowest
 * first (ties: the larger self-minus-others gap, then the instrument's order).</li>
 * <li>Down that list, a trait is taken unless its pillar already has two: no pillar takes all three
 * places, because the model asks for a balanced profile.</li>
 * <li>Two traits are always taken (where there are two); a third only when it is a blind spot or its
 * all-others mean is below the participant's mean over all candidates: a strength is not padding.</li>
 * </ol>
 * Each focus trait gets the trait's behaviour items to practise and one goal left for the coachee to
 * state in their own words, marked with a prompt.
 */
public final class PlanDrafter {

	public static final int MOST = 3;
	public static final int LEAST = 2;
	static final int PER_PILLAR = 2;

	/** The focus traits the rule chooses, in the order chosen. */
	public List<FocusChoice> choose(ParticipantResult result) {
		List<Candidate> candidates = candidates(result);
		double overall = candidates.stream().mapToDouble(Candidate::others).average().orElse(0);
		candidates.sort(Comparator.comparing((Candidate c) -> !c.blindSpot())
				.thenComparing(c -> c.blindSpot() ? -c.gap() : c.others())
				.thenComparing(c -> c.blindSpot() ? c.others() : -c.gap())
				.thenComparing(Candidate::order));
		List<FocusChoice> chosen = new ArrayList<>();
		Map<Dimension, Integer> perPillar = new HashMap<>();
		for (Candidate candidate : candidates) {
			if (chosen.size() == MOST) {
				break;
			}
			Dimension pillar = pillarOf(candidate.trait());
			if (pillar != null && perPillar.getOrDefault(pillar, 0) >= PER_PILLAR) {
				continue;
			}
			if (chosen.size() >= LEAST && !candidate.blindSpot() && candidate.others() >= overall) {
				break; // sorted by others' mean: every later candidate is no lower
			}
			if (pillar != null) {
				perPillar.merge(pillar, 1, Integer::sum);
			}
			chosen.add(candidate.choice(overall));
		}
		return chosen;
	}

	/**
	 * A draft plan for the participant of {@code result}, starting on {@code start}, not yet added to
	 * the engagement.
	 *
	 * @throws IllegalStateException when no trait has a published all-others figure to draft from
	 */
	public DevelopmentPlan draft(ParticipantResult result, LocalDate start) {
		List<FocusChoice> choices = choose(result);
		if (choices.isEmpty()) {
			throw new IllegalStateException("the results of " + result.assessment().getId() + " publish no all-others figure "
					+ "on any trait (too few raters answered), so there is nothing to draft a plan from");
		}
		FulcrumFactory model = FulcrumFactory.eINSTANCE;
		DevelopmentPlan plan = model.createDevelopmentPlan();
		plan.setId("DP-" + result.assessment().getId());
		plan.setParticipant(result.assessment().getSubject());
		plan.setBasedOn(result.assessment());
		plan.setStart(start);
		plan.setStatus(PlanStatus.DRAFT);
		for (FocusChoice choice : choices) {
			FocusArea area = model.createFocusArea();
			area.setTrait(choice.trait());
			area.setRationale(choice.rationale());
			area.getBehaviours().addAll(choice.trait().getItems());
			Goal goal = model.createGoal();
			goal.setId(plan.getId() + "-" + choice.trait().getId());
			goal.setPrompt("In your own words: what do you want to do differently in " + choice.trait().getName()
					+ ", and how will you and others notice?");
			area.getGoals().add(goal);
			plan.getFocusAreas().add(area);
		}
		return plan;
	}

	private static List<Candidate> candidates(ParticipantResult result) {
		Set<Dimension> blindSpots = result.blindSpots().stream().map(DimensionResult::dimension).collect(Collectors.toSet());
		List<Candidate> candidates = new ArrayList<>();
		int order = 0;
		for (DimensionResult dimension : result.dimensions()) {
			order++;
			Dimension trait = dimension.dimension();
			boolean leaf = trait.getChildren().isEmpty() && !trait.getItems().isEmpty();
			if (!leaf || trait.getKind() == DimensionKind.PILLAR) {
				continue;
			}
			Figure others = dimension.figures().shown().get(RaterGroup.ALL_OTHERS);
			if (others == null) {
				continue; // withheld: nothing to say about it without breaking confidentiality
			}
			Figure self = dimension.figures().shown().get(RaterGroup.SELF);
			candidates.add(new Candidate(trait, others.mean(), self == null ? OptionalDouble.empty() : OptionalDouble.of(self.mean()),
					blindSpots.contains(trait), order));
		}
		return candidates;
	}

	private static Dimension pillarOf(Dimension trait) {
		return trait.eContainer() instanceof Dimension parent && parent.getKind() == DimensionKind.PILLAR ? parent : null;
	}

	private record Candidate(Dimension trait, double others, OptionalDouble self, boolean blindSpot, int order) {

		double gap() {
			return self.isPresent() ? self.getAsDouble() - others : Double.NEGATIVE_INFINITY;
		}

		FocusChoice choice(double overall) {
			String rationale;
			if (blindSpot) {
				rationale = String.format(Locale.ROOT, "Blind spot: you rate yourself %.2f, others %.2f (%.2f points higher).",
						self.getAsDouble(), others, gap());
			} else if (others < overall) {
				rationale = String.format(Locale.ROOT,
						"Among your lowest traits as others see them: %.2f, below your mean of %.2f over all traits.", others, overall);
			} else {
				rationale = String.format(Locale.ROOT,
						"Your lowest remaining trait as others see it: %.2f (your mean over all traits: %.2f).", others, overall);
			}
			return new FocusChoice(trait, blindSpot ? FocusChoice.Reason.BLIND_SPOT : FocusChoice.Reason.LOW_BY_OTHERS, others,
					self, rationale);
		}
	}
}

package org.fulcrum.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.RelationshipGroup;

/**
 * Answers an invitation the way real raters do: each participant has a true level per trait,
 * raters are more or less lenient, items are noisy, people rate themselves higher (and some
 * much higher on a trait or two: the blind spots a report should find), partners do not see
 * everything, so they answer "not observed" more often.
 */
public final class ResponseSimulator {

	private final Random random;
	private final List<BehaviourItem> items;
	private final RatingScale scale;

	public ResponseSimulator(Random random, List<BehaviourItem> items, RatingScale scale) {
		this.random = random;
		this.items = items;
		this.scale = scale;
	}

	/** A participant's true level per dimension and how much they over- or underrate themselves there. */
	public final class Profile {
		private final Map<Dimension, Double> level = new HashMap<>();
		private final Map<Dimension, Double> selfBias = new HashMap<>();

		Profile(double overall) {
			for (BehaviourItem item : items) {
				Dimension trait = (Dimension) item.eContainer();
				level.computeIfAbsent(trait, t -> clamp(overall + random.nextGaussian() * 0.45, 1.6, 4.8));
				selfBias.computeIfAbsent(trait, t -> selfBias());
			}
		}

		private double selfBias() {
			double draw = random.nextDouble();
			if (draw < 0.12) {
				return 1.1 + random.nextDouble() * 0.5; // a blind spot
			}
			if (draw < 0.18) {
				return -0.9 - random.nextDouble() * 0.4; // a hidden strength
			}
			return 0.25 + random.nextGaussian() * 0.2;
		}
	}

	public Profile newProfile() {
		return new Profile(3.2 + random.nextGaussian() * 0.35);
	}

	public void answer(RaterInvitation invitation, Profile profile) {
		RelationshipGroup group = invitation.getRelationship();
		double leniency = random.nextGaussian() * 0.3;
		for (BehaviourItem item : items) {
			ItemResponse response = FulcrumFactory.eINSTANCE.createItemResponse();
			response.setItem(item);
			Dimension trait = (Dimension) item.eContainer();
			if (random.nextDouble() < notObservedChance(group)) {
				response.setNotObserved(true);
			} else {
				double value = profile.level.get(trait) + leniency + random.nextGaussian() * 0.55;
				if (group == RelationshipGroup.SELF) {
					value += profile.selfBias.get(trait);
				}
				response.setValue((int) Math.round(clamp(value, scale.getMinimum(), scale.getMaximum())));
			}
			invitation.getResponses().add(response);
		}
	}

	private static double notObservedChance(RelationshipGroup group) {
		return switch (group) {
		case SELF -> 0;
		case MANAGER -> 0.02;
		case PARTNER -> 0.12;
		default -> 0.04;
		};
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}
}

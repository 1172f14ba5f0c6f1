package org.fulcrum.assessment.character.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fulcrum.assessment.character.CharacterModel;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Identified;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.RatingScale;
import org.junit.jupiter.api.Test;

/** The built-in instrument has the shape of the Character Model text. */
class CharacterModelTest {

	private final Instrument model = CharacterModel.load();

	@Test
	void integrityIsTheBaseWithThreeItemsAndTwoPillarsOfFourTraits() {
		List<Dimension> roots = model.getDimensions();
		assertEquals(List.of("Integrity", "Respect", "Responsibility"), roots.stream().map(Dimension::getName).toList());
		assertEquals(List.of(DimensionKind.BASE, DimensionKind.PILLAR, DimensionKind.PILLAR),
				roots.stream().map(Dimension::getKind).toList());
		assertEquals(List.of("Is honest", "Is trustworthy", "Is authentic"),
				roots.get(0).getItems().stream().map(BehaviourItem::getText).toList());
		assertEquals(Map.of("Empathy", 4, "Emotional Mastery", 4, "Lack of Blame", 3, "Humility", 4), itemCounts(roots.get(1)));
		assertEquals(Map.of("Accountability", 4, "Courage", 4, "Self-Confidence", 4, "Focus on the whole", 4),
				itemCounts(roots.get(2)));
	}

	@Test
	void thirtyFourItemsWithTheTextsWordingAndUniqueIds() {
		List<BehaviourItem> items = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof BehaviourItem item) {
				items.add(item);
			}
			if (o instanceof Identified identified) {
				assertTrue(ids.add(identified.getId()), "duplicate id " + identified.getId());
			}
		});
		assertEquals(34, items.size());
		assertTrue(items.stream().anyMatch(i -> i.getText().equals("Admits fault when appropriate")));
		assertTrue(items.stream().anyMatch(i -> i.getText().equals("Stays calm even in crisis situations")));
		assertTrue(items.stream().anyMatch(i -> i.getText().equals("Talks to others, not about others, when there is a problem")));
		assertTrue(items.stream().noneMatch(BehaviourItem::isReverseKeyed));
	}

	@Test
	void aOneToFiveFrequencyScaleWithAnchorsAndNotObserved() {
		RatingScale scale = model.getScale();
		assertEquals(1, scale.getMinimum());
		assertEquals(5, scale.getMaximum());
		assertEquals(5, scale.getAnchors().size());
		assertEquals("Never or almost never", scale.getAnchors().get(0).getLabel());
		assertTrue(scale.isNotObservedAllowed());
		assertEquals("Not observed", scale.getNotObservedLabel());
	}

	@Test
	void eachLoadIsAFreshDetachedCopy() {
		Instrument again = CharacterModel.load();
		assertNotSame(model, again);
		assertNull(again.eResource());
		assertEquals(CharacterModel.ID, again.getId());
	}

	private static Map<String, Integer> itemCounts(Dimension pillar) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Dimension trait : pillar.getChildren()) {
			assertEquals(DimensionKind.TRAIT, trait.getKind());
			counts.put(trait.getName(), trait.getItems().size());
		}
		return counts;
	}
}

package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.fulcrum.assessment.internal.scoring.Disclosure;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.fulcrum.assessment.scoring.RaterGroup.ALL_OTHERS;
import static org.fulcrum.assessment.scoring.RaterGroup.DIRECT_REPORT;
import static org.fulcrum.assessment.scoring.RaterGroup.MANAGER;
import static org.fulcrum.assessment.scoring.RaterGroup.PARTNER;
import static org.fulcrum.assessment.scoring.RaterGroup.PEER;
import static org.fulcrum.assessment.scoring.RaterGroup.SELF;

/** The confidentiality rule at its edges, with a threshold of 3 and self and manager exempt. */
class DisclosureTest {

	private final Disclosure disclosure = new Disclosure(3, true, true);

	@ParameterizedTest(name = "{0} peers: shown {1}")
	@CsvSource({ "1, false", "2, false", "3, true", "4, true" })
	void aGroupShowsFromThreeRaters(int peers, boolean shown) {
		Figures figures = disclosure.decide(raw(SELF, 1, PEER, peers, DIRECT_REPORT, 3, ALL_OTHERS, peers + 3));
		assertEquals(shown, figures.shown().containsKey(PEER));
		assertEquals(!shown, figures.withheld().contains(PEER));
	}

	@Test
	void aGroupWithoutRatersIsNeitherShownNorWithheld() {
		Figures figures = disclosure.decide(raw(SELF, 1, PEER, 3, ALL_OTHERS, 3));
		assertEquals(Set.of(SELF, PEER, ALL_OTHERS), figures.shown().keySet());
		assertEquals(Set.of(), figures.withheld());
	}

	@Test
	void selfAndManagerAreShownAloneBecauseTheyAreExempt() {
		Figures figures = disclosure.decide(raw(SELF, 1, MANAGER, 1, PEER, 3, ALL_OTHERS, 4));
		assertEquals(Set.of(SELF, MANAGER, PEER, ALL_OTHERS), figures.shown().keySet());
	}

	@Test
	void withoutExemptionsSelfAndManagerNeedTheThresholdToo() {
		Figures figures = new Disclosure(3, false, false).decide(raw(SELF, 1, MANAGER, 1, PEER, 3, ALL_OTHERS, 4));
		// the manager's one answer inside all others must not be left over by subtraction either: peers go too
		assertEquals(Set.of(ALL_OTHERS), figures.shown().keySet());
		assertEquals(Set.of(SELF, MANAGER, PEER), figures.withheld());
	}

	@Test
	void allOthersBelowTheThresholdIsWithheld() {
		Figures figures = disclosure.decide(raw(SELF, 1, MANAGER, 1, PEER, 1, ALL_OTHERS, 2));
		assertEquals(Set.of(SELF, MANAGER), figures.shown().keySet());
		assertEquals(Set.of(PEER, ALL_OTHERS), figures.withheld());
	}

	/** The case: all others 5, direct reports 3 shown, peers 2 hidden; the peer mean would follow. */
	@Test
	void aSecondGroupIsWithheldSoThatTheHiddenOneCannotBeSubtracted() {
		Figures figures = disclosure.decide(raw(SELF, 1, DIRECT_REPORT, 3, PEER, 2, ALL_OTHERS, 5));
		assertEquals(Set.of(SELF, ALL_OTHERS), figures.shown().keySet());
		assertEquals(Set.of(PEER, DIRECT_REPORT), figures.withheld());
	}

	@Test
	void theSmallestShownGroupIsTheOneWithheldAndLargerOnesStay() {
		Figures figures = disclosure.decide(raw(MANAGER, 1, PARTNER, 4, DIRECT_REPORT, 3, PEER, 2, ALL_OTHERS, 10));
		assertEquals(Set.of(MANAGER, PARTNER, ALL_OTHERS), figures.shown().keySet());
		assertEquals(Set.of(PEER, DIRECT_REPORT), figures.withheld());
	}

	@Test
	void whereOnlyAnExemptGroupIsLeftAllOthersIsWithheld() {
		// manager + 2 peers: all others (3) minus the manager would be the two peers' mean
		Figures figures = disclosure.decide(raw(SELF, 1, MANAGER, 1, PEER, 2, ALL_OTHERS, 3));
		assertEquals(Set.of(SELF, MANAGER), figures.shown().keySet());
		assertEquals(Set.of(PEER, ALL_OTHERS), figures.withheld());
	}

	@Test
	void notObservedAnswersOfAHiddenGroupCannotBeSubtractedEither() {
		Map<RaterGroup, Figure> raw = new EnumMap<>(RaterGroup.class);
		raw.put(DIRECT_REPORT, new Figure(3, 3, 1, 2, 4, 0));
		raw.put(PEER, new Figure(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1));
		raw.put(ALL_OTHERS, new Figure(3, 3, 1, 2, 4, 1));
		Figures figures = disclosure.decide(raw);
		// one peer's "not observed" would follow from all others minus the direct reports
		assertEquals(Set.of(ALL_OTHERS), figures.shown().keySet());
		assertEquals(Set.of(DIRECT_REPORT), figures.withheld());
	}

	private static Map<RaterGroup, Figure> raw(Object... groupsAndCounts) {
		Map<RaterGroup, Figure> raw = new EnumMap<>(RaterGroup.class);
		for (int i = 0; i < groupsAndCounts.length; i += 2) {
			int n = (Integer) groupsAndCounts[i + 1];
			raw.put((RaterGroup) groupsAndCounts[i], new Figure(n, 3, 0, 3, 3, 0));
		}
		return raw;
	}
}

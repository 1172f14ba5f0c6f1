package org.fulcrum.assessment.tests;

import static org.fulcrum.assessment.scoring.RaterGroup.ALL_OTHERS;
import static org.fulcrum.assessment.scoring.RaterGroup.DIRECT_REPORT;
import static org.fulcrum.assessment.scoring.RaterGroup.MANAGER;
import static org.fulcrum.assessment.scoring.RaterGroup.OTHER;
import static org.fulcrum.assessment.scoring.RaterGroup.PARTNER;
import static org.fulcrum.assessment.scoring.RaterGroup.PEER;
import static org.fulcrum.assessment.scoring.RaterGroup.SELF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.fulcrum.assessment.internal.scoring.Disclosure;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The participant-wide confidentiality rule at its edges, with a threshold of 3 and self and manager exempt. */
class DisclosureTest {

	private final Disclosure disclosure = new Disclosure(3, true, true);

	@ParameterizedTest(name = "{0} peers: shown {1}")
	@CsvSource({ "1, false", "2, false", "3, true", "4, true" })
	void aGroupShowsFromThreeRaters(int peers, boolean shown) {
		Set<RaterGroup> groups = disclosure.groupsShown(raters(SELF, 1, PEER, peers, DIRECT_REPORT, 3, PARTNER, 3));
		assertEquals(shown, groups.contains(PEER));
	}

	@Test
	void aGroupWithoutRatersIsNotShown() {
		assertEquals(Set.of(SELF, PEER, ALL_OTHERS), disclosure.groupsShown(raters(SELF, 1, PEER, 3, DIRECT_REPORT, 0)));
	}

	@Test
	void selfAndManagerAreShownAloneBecauseTheyAreExempt() {
		assertEquals(Set.of(SELF, MANAGER, PEER, ALL_OTHERS), disclosure.groupsShown(raters(SELF, 1, MANAGER, 1, PEER, 3)));
	}

	@Test
	void withoutExemptionsSelfAndManagerNeedTheThresholdToo() {
		// the manager alone inside all others must not be left over by subtraction: peers go too, and
		// then the hidden raters (manager and peers) are two groups and four raters
		assertEquals(Set.of(ALL_OTHERS), new Disclosure(3, false, false).groupsShown(raters(SELF, 1, MANAGER, 1, PEER, 3)));
	}

	@Test
	void allOthersBelowTheThresholdIsWithheld() {
		assertEquals(Set.of(SELF, MANAGER), disclosure.groupsShown(raters(SELF, 1, MANAGER, 1, PEER, 1)));
	}

	/** All others 5, direct reports 3 shown, peers 2 hidden: the peer mean would follow. */
	@Test
	void aSecondGroupIsWithheldSoThatTheHiddenOneCannotBeSubtracted() {
		assertEquals(Set.of(SELF, ALL_OTHERS), disclosure.groupsShown(raters(SELF, 1, DIRECT_REPORT, 3, PEER, 2)));
	}

	@Test
	void theSmallestShownGroupIsTheOneWithheldAndLargerOnesStay() {
		assertEquals(Set.of(MANAGER, PARTNER, ALL_OTHERS),
				disclosure.groupsShown(raters(MANAGER, 1, PARTNER, 4, DIRECT_REPORT, 3, PEER, 2)));
	}

	@Test
	void whereOnlyAnExemptGroupIsLeftAllOthersIsWithheld() {
		// manager + 2 peers: all others (3) minus the manager would be the two peers' mean
		assertEquals(Set.of(SELF, MANAGER), disclosure.groupsShown(raters(SELF, 1, MANAGER, 1, PEER, 2)));
	}

	/**
	 * Complementary suppression: three hidden raters of one group (a group withheld only to hide
	 * another, which then got too few to show) would be that group's sum. Two peers and one
	 * other hidden make three raters of two groups: all others may stay.
	 */
	@Test
	void theHiddenRatersMustComeFromAtLeastTwoGroups() {
		assertEquals(Set.of(MANAGER, PARTNER, ALL_OTHERS), disclosure.groupsShown(raters(MANAGER, 1, PARTNER, 3, PEER, 2, OTHER, 1)));
		// peers 2 hidden next to partners 3 and direct reports 3: one of those must go too
		assertEquals(Set.of(MANAGER, PARTNER, ALL_OTHERS),
				disclosure.groupsShown(raters(MANAGER, 1, PARTNER, 4, DIRECT_REPORT, 3, PEER, 2)));
	}

	@Test
	void theDecisionIsOneForTheParticipantWhateverTheCountsPerItem() {
		// n per item or dimension plays no part: the same counts give the same groups on every level
		Map<RaterGroup, Integer> counts = raters(SELF, 1, MANAGER, 1, PEER, 2, DIRECT_REPORT, 3, PARTNER, 4);
		assertEquals(Set.of(SELF, MANAGER, PARTNER, ALL_OTHERS), disclosure.groupsShown(counts));
	}

	private static Map<RaterGroup, Integer> raters(Object... groupsAndCounts) {
		Map<RaterGroup, Integer> raters = new EnumMap<>(RaterGroup.class);
		int others = 0;
		for (int i = 0; i < groupsAndCounts.length; i += 2) {
			RaterGroup group = (RaterGroup) groupsAndCounts[i];
			int n = (Integer) groupsAndCounts[i + 1];
			raters.put(group, n);
			others += group == SELF ? 0 : n;
		}
		raters.put(ALL_OTHERS, others);
		return raters;
	}
}

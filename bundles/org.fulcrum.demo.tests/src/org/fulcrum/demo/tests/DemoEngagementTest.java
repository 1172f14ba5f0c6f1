package org.fulcrum.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.demo.internal.Names;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoEngagementTest {

	private final Engagement demo = DemoEngagement.create(2026);

	@Test
	void theSameSeedGivesTheSameEngagementAndAnotherSeedAnother() {
		assertTrue(EcoreUtil.equals(demo, DemoEngagement.create(2026)));
		assertFalse(EcoreUtil.equals(demo, DemoEngagement.create(7)));
	}

	@Test
	void twelveParticipantsSomeWithLettersBeyondAscii() {
		List<PartnerManager> participants = demo.getPeople().stream().filter(PartnerManager.class::isInstance)
				.map(PartnerManager.class::cast).toList();
		assertEquals(12, participants.size());
		assertTrue(participants.stream().filter(p -> !p.getName().chars().allMatch(c -> c < 128)).count() >= 6);
		assertTrue(participants.stream().allMatch(p -> p.getReportsTo() != null && !p.getManages().isEmpty()));
		assertTrue(participants.stream().allMatch(p -> p.getEmail().chars().allMatch(c -> c < 128)));
	}

	@Test
	void everyCompletedInvitationAnswersAllItemsOnTheScale() {
		for (Assessment assessment : demo.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				int expected = invitation.getStatus() == InvitationStatus.COMPLETED ? 34 : 0;
				assertEquals(expected, invitation.getResponses().size(), invitation.getId());
				for (ItemResponse response : invitation.getResponses()) {
					assertTrue(response.isNotObserved() || response.getValue() >= 1 && response.getValue() <= 5);
				}
			}
		}
	}

	@Test
	void raterGroupsAreRealisticAndSomeTooSmallToShow() {
		Map<RelationshipGroup, Long> firstParticipant = demo.getAssessments().get(0).getInvitations().stream()
				.collect(Collectors.groupingBy(RaterInvitation::getRelationship, Collectors.counting()));
		assertEquals(1L, firstParticipant.get(RelationshipGroup.SELF));
		assertEquals(1L, firstParticipant.get(RelationshipGroup.MANAGER));
		assertTrue(firstParticipant.get(RelationshipGroup.PEER) >= 3);
		assertTrue(firstParticipant.get(RelationshipGroup.PARTNER) >= 3);
		long smallTeams = demo.getAssessments().stream().filter(a -> a.getInvitations().stream()
				.filter(i -> i.getRelationship() == RelationshipGroup.DIRECT_REPORT).count() == 2).count();
		assertEquals(2, smallTeams);
		assertTrue(demo.getAssessments().stream().allMatch(a -> a.getComments().size() >= 2));
	}

	@Test
	void theDemoIsValidAndSurvivesASaveAndReopen(@TempDir Path folder) throws Exception {
		assertEquals(List.of(), Problems.of(EngagementValidation.validate(demo)));
		Engagement copy = EcoreUtil.copy(demo);
		Path file = folder.resolve("demo.fulcrum");
		new EngagementStore().create(file, demo).close();
		assertTrue(EcoreUtil.equals(copy, new EngagementStore().read(file)));
	}

	@Test
	void emailAddressesArePlainAscii() {
		assertEquals("lukasz.wojcik@x.example", Names.email("Łukasz Wójcik", "x.example"));
		assertEquals("soren.olgaard@x.example", Names.email("Søren Ølgaard", "x.example"));
		assertEquals("tomas.obrien@x.example", Names.email("Tomás O'Brien", "x.example"));
	}
}

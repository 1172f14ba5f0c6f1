package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.repository.ThreeWayMerge;
import org.fulcrum.repository.VersionComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rule of docs/server.md on the demo engagement, one case at a time. */
class ThreeWayMergeTest {

	@TempDir
	static Path folder;
	static Path demo;

	@BeforeAll
	static void build() throws Exception {
		demo = RepositoryFixtures.demo(folder, "merge.fulcrum");
	}

	private static Engagement read() throws Exception {
		return new EngagementStore().read(demo);
	}

	@Test
	void additionsOnBothSidesAndAnswersPulledOnOneSideMerge() throws Exception {
		Engagement base = read();
		Engagement mine = read();
		Engagement theirs = read();
		Person ana = FulcrumFactory.eINSTANCE.createPerson();
		ana.setId("new-ana");
		ana.setName("Ana New");
		mine.getPeople().add(ana);
		Person bo = FulcrumFactory.eINSTANCE.createPerson();
		bo.setId("new-bo");
		bo.setName("Bo New");
		theirs.getPeople().add(bo);
		// "collection stays in rows": they pulled answers into one invitation, I did into another
		RaterInvitation theirInvitation = answered(theirs, 0);
		theirInvitation.getResponses().remove(0);
		RaterInvitation myInvitation = answered(mine, 1);
		myInvitation.getResponses().remove(1);
		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);
		assertTrue(result.merged(), String.valueOf(result.conflicts()));
		Engagement merged = result.engagement();
		assertTrue(merged.getPeople().stream().anyMatch(p -> p.getId().equals("new-ana")));
		assertTrue(merged.getPeople().stream().anyMatch(p -> p.getId().equals("new-bo")));
		assertEquals(theirInvitation.getResponses().size(), invitation(merged, theirInvitation.getId()).getResponses().size());
		assertEquals(myInvitation.getResponses().size(), invitation(merged, myInvitation.getId()).getResponses().size());
		assertTrue(invitation(merged, myInvitation.getId()).getResponses().stream().allMatch(r -> r.getItem().eResource() == null
				|| EcoreUtil.getRootContainer(r.getItem()) == merged), "the copied answers refer to the merge's items");
		List<String> words = VersionComparison.compare(base, merged);
		assertTrue(words.stream().anyMatch(l -> l.startsWith("People: 2 added")), String.valueOf(words));
	}

	@Test
	void aChangeToWhatTheOtherSideRemovedIsAConflict() throws Exception {
		Engagement base = read();
		Engagement mine = read();
		Engagement theirs = read();
		Assessment assessment = theirs.getAssessments().get(2);
		String id = assessment.getId();
		EcoreUtil.delete(assessment, true);
		mine.getAssessments().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow().setRound("changed round");
		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);
		assertFalse(result.merged());
		assertNull(result.engagement());
		assertTrue(result.conflicts().stream().anyMatch(c -> c.startsWith("assessment " + id) && c.contains("changed by me, removed by them")),
				String.valueOf(result.conflicts()));
	}

	@Test
	void aReferenceToAnObjectTheOtherSideRemovedIsAConflict() throws Exception {
		Engagement base = read();
		Engagement mine = read();
		Engagement theirs = read();
		// They remove a person nobody refers to in the base; I make a new invitation's rater that person.
		Person lonely = FulcrumFactory.eINSTANCE.createPerson();
		lonely.setId("lonely");
		base.getPeople().add(lonely);
		mine.getPeople().add(EcoreUtil.copy(lonely));
		Person mineLonely = mine.getPeople().stream().filter(p -> p.getId().equals("lonely")).findFirst().orElseThrow();
		RaterInvitation added = FulcrumFactory.eINSTANCE.createRaterInvitation();
		added.setId("new-invitation");
		added.setRater(mineLonely);
		mine.getAssessments().get(0).getInvitations().add(added);
		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);
		assertFalse(result.merged(), "theirs has no 'lonely': the base had it, so they removed it");
		assertTrue(result.conflicts().stream().anyMatch(c -> c.contains("lonely")), String.valueOf(result.conflicts()));
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() throws Exception {
		Engagement base = read();
		Engagement mine = read();
		Engagement theirs = read();
		participant(mine).setTitle("Same New Title");
		participant(theirs).setTitle("Same New Title");
		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);
		assertTrue(result.merged(), String.valueOf(result.conflicts()));
		assertEquals("Same New Title", participant(result.engagement()).getTitle());
		assertTrue(EcoreUtil.equals(theirs, result.engagement()));
	}

	private static PartnerManager participant(Engagement engagement) {
		return RepositoryTest.participant(engagement, 3);
	}

	private static RaterInvitation answered(Engagement engagement, int index) {
		return engagement.getAssessments().stream().flatMap(a -> a.getInvitations().stream()).filter(i -> i.getResponses().size() > 1).skip(index)
				.findFirst().orElseThrow();
	}

	private static RaterInvitation invitation(Engagement engagement, String id) {
		return engagement.getAssessments().stream().flatMap(a -> a.getInvitations().stream()).filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
	}
}

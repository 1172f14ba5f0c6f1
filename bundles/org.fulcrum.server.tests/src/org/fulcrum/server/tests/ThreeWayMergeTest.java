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
	void aGoalChangedInAPlanMergesWithASessionThatRefersToIt() throws Exception {
		Engagement base = read();
		Engagement mine = read();
		Engagement theirs = read();
		org.fulcrum.model.CoachingSession theirSession = theirs.getPrograms().stream().flatMap(p -> p.getSessions().stream()).filter(s -> s.getGoal() != null)
				.findFirst().orElseThrow();
		theirSession.setTopic("their new topic");
		String goal = theirSession.getGoal().getId();
		org.fulcrum.model.Goal myGoal = mine.getPlans().stream().flatMap(p -> p.getFocusAreas().stream()).flatMap(f -> f.getGoals().stream())
				.filter(g -> g.getId().equals(goal)).findFirst().orElseThrow();
		myGoal.setStatement("my sharper goal");
		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);
		assertTrue(result.merged(), String.valueOf(result.conflicts()));
		org.fulcrum.model.CoachingSession merged = result.engagement().getPrograms().stream().flatMap(p -> p.getSessions().stream())
				.filter(s -> s.getId().equals(theirSession.getId())).findFirst().orElseThrow();
		assertEquals("their new topic", merged.getTopic());
		assertEquals("my sharper goal", merged.getGoal().getStatement(), "the session refers to the merged plan's goal");
		assertTrue(EcoreUtil.getRootContainer(merged.getGoal()) == result.engagement());
	}

	@Test
	void idsWithSlashesColonsAndSpacesAreKeptApart() throws Exception {
		Engagement base = read();
		for (String id : List.of("team/a:1", "team/a:1/responses", "team a#1", "gone/x")) {
			Person person = FulcrumFactory.eINSTANCE.createPerson();
			person.setId(id);
			person.setName("Before");
			base.getPeople().add(person);
		}
		Engagement mine = EcoreUtil.copy(base);
		Engagement theirs = EcoreUtil.copy(base);
		person(mine, "team/a:1").setName("Mine");
		person(theirs, "team/a:1/responses").setName("Theirs");
		mine.getPeople().remove(person(mine, "gone/x"));
		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);
		assertTrue(result.merged(), String.valueOf(result.conflicts()));
		assertTrue(result.engagement().getPeople().stream().noneMatch(p -> p.getId().equals("gone/x")), "my removal is kept");
		assertEquals("Mine", person(result.engagement(), "team/a:1").getName());
		assertEquals("Theirs", person(result.engagement(), "team/a:1/responses").getName());
		assertEquals("Before", person(result.engagement(), "team a#1").getName());
		person(theirs, "team/a:1").setName("Theirs too");
		ThreeWayMerge.Result clash = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(List.of("person team/a:1 (Mine): changed by me and by them"), clash.conflicts());
	}

	private static Person person(Engagement engagement, String id) {
		return engagement.getPeople().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
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

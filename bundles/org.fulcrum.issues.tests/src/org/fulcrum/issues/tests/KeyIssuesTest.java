package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.T0;
import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fulcrum.issues.Escalations;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.KeyIssues;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.issues.TaggedIssues;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** The key issues data: open issues by priority, level, partner and age, recurring issues, broken promises. */
class KeyIssuesTest {

	private final IssueFixture fixture = new IssueFixture();

	@Test
	void openIssuesAreCountedAsOfTheMomentWithRecurrencesAndBrokenPromises() {
		PartnerIssue old = fixture.take(Priority.P3);
		IssueWorkflow.update(old, at(1), "Jiří", "On it", true);
		Commitment late = IssueWorkflow.commit(old, "Patch", LocalDate.of(2026, 11, 4), at(1), "Jiří");
		late.setDone(LocalDate.of(2026, 11, 6));
		IssueWorkflow.commit(old, "Root cause report", LocalDate.of(2026, 11, 10), at(1), "Jiří");
		IssueWorkflow.commit(old, "Training", LocalDate.of(2026, 12, 31), at(1), "Jiří");
		PartnerIssue repeat = fixture.take(fixture.dunaj, "deal registration", Priority.P4, T0.plus(Duration.ofDays(12)));
		PartnerIssue done = fixture.take(fixture.wisla, "MDF", Priority.P1, at(2));
		IssueWorkflow.move(done, IssueStatus.RESOLVED, at(3), "Jiří");
		new Escalations(IssueFixture.TARGETS_ONLY).apply(fixture.engagement, at(130));

		KeyIssues key = new KeyIssuesQuery(IssueFixture.TARGETS_ONLY).of(fixture.engagement, T0.plus(Duration.ofDays(13)));

		assertEquals(List.of(repeat, old), key.open().stream().map(KeyIssues.OpenIssue::issue).toList()); // P3 raised to P2 first
		assertEquals(Map.of(Priority.P2, 1L, Priority.P3, 1L), key.byPriority());
		assertEquals(Map.of("ptn-dunaj", 2L), key.byPartner());
		KeyIssues.OpenIssue oldOne = key.open().get(1);
		assertEquals(13, oldOne.ageDays());
		assertEquals(KeyIssues.AgeBand.UP_TO_A_MONTH, oldOne.age());
		assertEquals(EscalationLevel.PARTNER_SUPPORT, oldOne.level()); // applied as of 130 h: one broken target
		assertEquals(EscalationLevel.CHANNEL_DIRECTOR, oldOne.dueLevel()); // 240 h worked by day 13, not yet applied
		assertEquals(1, key.recurring().size());
		assertSame(old, key.recurring().get(0).repeats());
		assertEquals(List.of("Root cause report", "Patch"),
				key.brokenCommitments().stream().map(b -> b.commitment().getDescription()).toList());
		assertEquals(List.of(5L, 2L), key.brokenCommitments().stream().map(KeyIssues.BrokenCommitment::daysLate).toList());
		assertEquals(List.of(done), key.unconfirmed().stream().map(KeyIssues.Unconfirmed::issue).toList()); // resolved, never confirmed
		assertEquals(at(3), key.unconfirmed().get(0).resolved());
	}

	@Test
	void recentIssuesTaggedWithATraitAreThoseOfTheOwnerWithinTheWindowNewestFirst() {
		Dimension accountability = FulcrumFactory.eINSTANCE.createDimension();
		Dimension courage = FulcrumFactory.eINSTANCE.createDimension();
		PartnerIssue tagged = fixture.take(Priority.P3);
		tagged.getTraits().add(accountability);
		PartnerIssue newer = fixture.take(fixture.wisla, "pricing", Priority.P3, at(48));
		newer.getTraits().add(accountability);
		fixture.take(fixture.wisla, "portal", Priority.P3, at(50)).getTraits().add(courage);
		assertEquals(List.of(newer, tagged), TaggedIssues.recent(fixture.engagement, fixture.owner, List.of(accountability),
				at(100), TaggedIssues.RECENT));
		assertEquals(List.of(newer), TaggedIssues.recent(fixture.engagement, fixture.owner, List.of(accountability), at(100),
				Duration.ofHours(60)));
	}
}

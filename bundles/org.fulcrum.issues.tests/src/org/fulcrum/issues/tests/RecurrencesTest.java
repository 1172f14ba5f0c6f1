package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.fulcrum.issues.Recurrences;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** A repeat of the same partner and category within the window (90 days by default) is linked and raised; nothing else is. */
class RecurrencesTest {

	private final IssueFixture fixture = new IssueFixture();

	@Test
	void aRepeatExactlyAtTheEndOfTheWindowIsLinkedAndRaised() {
		PartnerIssue first = fixture.take(Priority.P3);
		PartnerIssue again = fixture.take(fixture.dunaj, "Deal Registration ", Priority.P3, T0.plus(Duration.ofDays(90)));
		assertSame(first, again.getRecurrenceOf());
		assertTrue(again.getRelated().contains(first));
		assertEquals(Priority.P2, again.getPriority());
		assertEquals(2, Recurrences.occurrence(again));
		assertTrue(again.getTimeline().stream().anyMatch(e -> e.getKind() == IssueEventKind.RECURRENCE
				&& e.getText().contains("repeats " + first.getId()) && e.getText().contains("from P3 to P2")));
		assertTrue(first.getTimeline().stream().anyMatch(e -> e.getText().equals("Recurred as " + again.getId() + ".")));
	}

	@Test
	void aSecondLaterIsOutsideTheWindow() {
		fixture.take(Priority.P3);
		PartnerIssue later = fixture.take(fixture.dunaj, "deal registration", Priority.P3, T0.plus(Duration.ofDays(90)).plusSeconds(1));
		assertNull(later.getRecurrenceOf());
		assertEquals(Priority.P3, later.getPriority());
	}

	@Test
	void anotherPartnerOrCategoryIsNoRecurrence() {
		fixture.take(Priority.P3);
		assertNull(fixture.take(fixture.wisla, "deal registration", Priority.P3, T0.plusSeconds(60)).getRecurrenceOf());
		assertNull(fixture.take(fixture.dunaj, "MDF claims", Priority.P3, T0.plusSeconds(60)).getRecurrenceOf());
	}

	@Test
	void eachRepeatGrowsFromTheHigherPriorityUpToP1() {
		fixture.take(Priority.P3);
		PartnerIssue second = fixture.take(fixture.dunaj, "deal registration", Priority.P4, T0.plus(Duration.ofDays(10)));
		PartnerIssue third = fixture.take(fixture.dunaj, "deal registration", Priority.P4, T0.plus(Duration.ofDays(20)));
		PartnerIssue fourth = fixture.take(fixture.dunaj, "deal registration", Priority.P4, T0.plus(Duration.ofDays(30)));
		assertEquals(Priority.P2, second.getPriority());
		assertEquals(Priority.P1, third.getPriority());
		assertEquals(Priority.P1, fourth.getPriority());
		assertSame(third, fourth.getRecurrenceOf());
		assertEquals(4, Recurrences.occurrence(fourth));
	}

	@Test
	void theEngagementSetsItsWindow() {
		IssuePolicy policy = FulcrumFactory.eINSTANCE.createIssuePolicy();
		policy.setRecurrenceWindowDays(30);
		fixture.engagement.setIssuePolicy(policy);
		fixture.take(Priority.P3);
		assertNull(fixture.take(fixture.dunaj, "deal registration", Priority.P3, T0.plus(Duration.ofDays(31))).getRecurrenceOf());
	}
}

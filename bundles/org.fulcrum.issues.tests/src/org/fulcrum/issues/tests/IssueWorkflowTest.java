package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fulcrum.issues.IssueClock;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** The workflow leads only where it should, reopening included, and the timeline remembers every status. */
class IssueWorkflowTest {

	private final IssueFixture fixture = new IssueFixture();

	@Test
	void intakeGivesANewIssueAtTheBottomOfTheLadderWithItsReceiptShared() {
		PartnerIssue issue = fixture.take(Priority.P2);
		assertEquals("ISS-0001", issue.getId());
		assertEquals(IssueStatus.NEW, issue.getStatus());
		assertEquals(EscalationLevel.CHANNEL_MANAGER, issue.getEscalation());
		assertTrue(issue.getTimeline().get(0).isVisibleToPartner());
		assertEquals("ISS-0002", fixture.take(Priority.P2).getId());
	}

	@Test
	void anIssueCannotJumpToClosed() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> IssueWorkflow.move(issue, IssueStatus.CLOSED, at(1), "Jiří"));
		assertTrue(e.getMessage().startsWith("ISS-0001 cannot move from new to closed"), e.getMessage());
	}

	@Test
	void aResolvedIssueIsReopenedInProgressAndTheHistoryIsKept() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.move(issue, IssueStatus.TRIAGED, at(1), "Jiří");
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(5), "Jiří");
		IssueWorkflow.confirm(issue, at(6), "Jiří", "Petra Svobodová");
		IssueWorkflow.move(issue, IssueStatus.CLOSED, at(6), "Jiří");
		IssueWorkflow.reopen(issue, at(30), "Jiří", "the error is back");
		assertEquals(IssueStatus.IN_PROGRESS, issue.getStatus());
		IssueClock clock = new IssueClock(issue);
		assertEquals(IssueStatus.TRIAGED, clock.statusAt(at(2)));
		assertEquals(IssueStatus.CLOSED, clock.statusAt(at(29)));
		assertEquals(IssueStatus.IN_PROGRESS, clock.statusAt(at(30)));
		assertThrows(IllegalStateException.class, () -> IssueWorkflow.reopen(issue, at(31), "Jiří", "again"));
	}

	@Test
	void theResolutionClockCountsOnAfterAReopen() {
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(100), "Jiří");
		IssueWorkflow.reopen(issue, at(200), "Jiří", "the error is back");
		assertEquals(at(220), new IssueClock(issue).whenWorked(java.time.Duration.ofHours(120)).orElseThrow());
	}

	@Test
	void anEventBeforeTheIntakeIsRefused() {
		PartnerIssue issue = fixture.take(Priority.P2);
		assertThrows(IllegalArgumentException.class, () -> IssueWorkflow.update(issue, at(-1), "Jiří", "x", true));
	}
}

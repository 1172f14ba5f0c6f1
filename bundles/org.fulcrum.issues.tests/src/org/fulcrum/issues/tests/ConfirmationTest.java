package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.fulcrum.issues.IssueClock;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.internal.IssueChecks;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** "Don't expect what you're not willing to inspect": an issue closes only with the partner's confirmation or a recorded reason. */
class ConfirmationTest {

	private final IssueFixture fixture = new IssueFixture();

	private PartnerIssue resolved() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(5), "Sofia");
		return issue;
	}

	@Test
	void anUnconfirmedResolutionCannotBeClosedWithoutAReason() {
		PartnerIssue issue = resolved();
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> IssueWorkflow.move(issue, IssueStatus.CLOSED, at(6), "Sofia"));
		assertEquals("ISS-0001 is resolved but the partner has not confirmed it; record the partner's confirmation, or give "
				+ "the reason for closing without it", e.getMessage());
		assertThrows(IllegalStateException.class, () -> IssueWorkflow.close(issue, at(6), "Sofia", "  "));
		assertEquals(IssueStatus.RESOLVED, issue.getStatus());
	}

	@Test
	void aConfirmedResolutionCloses() {
		PartnerIssue issue = resolved();
		IssueWorkflow.confirm(issue, at(7), "Sofia", "Petra Svobodová");
		IssueWorkflow.close(issue, at(8), "Sofia", null);
		assertEquals(IssueStatus.CLOSED, issue.getStatus());
		assertEquals("Petra Svobodová", issue.getConfirmedBy());
		assertEquals("Status: closed (confirmed by Petra Svobodová)", issue.getTimeline().get(issue.getTimeline().size() - 1).getText());
		assertTrue(issue.getTimeline().stream().anyMatch(e -> e.isVisibleToPartner()
				&& "Resolution confirmed by Petra Svobodová".equals(e.getText())));
	}

	@Test
	void aReasonClosesWithoutConfirmationAndIsKept() {
		PartnerIssue issue = resolved();
		IssueWorkflow.close(issue, at(200), "Sofia", "the partner did not answer three calls");
		assertEquals(IssueStatus.CLOSED, issue.getStatus());
		assertEquals("the partner did not answer three calls", issue.getCloseReason());
		assertNull(issue.getConfirmedBy());
	}

	@Test
	void onlyAResolvedIssueCanBeConfirmed() {
		PartnerIssue issue = fixture.take(Priority.P2);
		assertThrows(IllegalStateException.class, () -> IssueWorkflow.confirm(issue, at(1), "Sofia", "Petra"));
		PartnerIssue other = resolved();
		assertThrows(IllegalArgumentException.class, () -> IssueWorkflow.confirm(other, at(6), "Sofia", ""));
	}

	@Test
	void aResolvedIssueStaysUnconfirmedAsOfEachMomentUntilThePartnerConfirms() {
		PartnerIssue issue = resolved();
		IssueWorkflow.confirm(issue, at(12), "Sofia", "Petra");
		IssueClock clock = new IssueClock(issue);
		assertEquals(Optional.empty(), clock.unconfirmedSince(at(4)));
		assertEquals(Optional.of(at(5)), clock.unconfirmedSince(at(11)));
		assertEquals(Optional.empty(), clock.unconfirmedSince(at(12)));
	}

	@Test
	void aReopenNeedsAFreshConfirmation() {
		PartnerIssue issue = resolved();
		IssueWorkflow.confirm(issue, at(6), "Sofia", "Petra");
		IssueWorkflow.close(issue, at(6), "Sofia", null);
		IssueWorkflow.reopen(issue, at(20), "Sofia", "the error is back");
		assertNull(issue.getConfirmedBy());
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(30), "Sofia");
		assertThrows(IllegalStateException.class, () -> IssueWorkflow.close(issue, at(31), "Sofia", null));
		assertEquals(Optional.of(at(30)), new IssueClock(issue).unconfirmedSince(at(31)));
	}

	@Test
	void theResolutionIsToldToThePartnerManager() {
		PartnerIssue issue = resolved();
		assertEquals(List.of("pm-dvorak"), fixture.engagement.getOutbox().stream().map(n -> n.getTo().getId()).toList());
		assertTrue(fixture.engagement.getOutbox().get(0).getSubject().startsWith("ISS-0001 resolved, awaiting confirmation"));
		assertEquals(issue, fixture.engagement.getOutbox().get(0).getIssue());
	}

	@Test
	void aClosedIssueWithNeitherConfirmationNorReasonIsWarnedAbout() {
		PartnerIssue issue = resolved();
		issue.setStatus(IssueStatus.CLOSED); // as an older file may hold it
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		new IssueChecks().check(fixture.engagement, diagnostics);
		assertTrue(diagnostics.getChildren().stream().anyMatch(d -> d.getMessage().contains(
				"closed without the partner's confirmation and without a reason")), diagnostics.getChildren().toString());
	}
}

package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.fulcrum.issues.tests.IssueFixture.justBefore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.issues.EscalationStep;
import org.fulcrum.issues.Escalations;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;
import org.junit.jupiter.api.Test;

/**
 * Escalation happens exactly at a target and not a second before; P3 is 24 h to respond, 120 h to
 * resolve. Overdue updates and broken promises are turned off here (see {@link LapsesTest}).
 */
class EscalationsTest {

	private final IssueFixture fixture = new IssueFixture();
	private final Escalations ladder = new Escalations(IssueFixture.TARGETS_ONLY);

	@Test
	void noResponseEscalatesExactlyAtTheResponseTarget() {
		PartnerIssue issue = fixture.take(Priority.P3);
		assertEquals(List.of(), ladder.reached(issue, justBefore(24)));
		List<EscalationStep> steps = ladder.reached(issue, at(24));
		assertEquals(1, steps.size());
		assertEquals(EscalationLevel.PARTNER_SUPPORT, steps.get(0).level());
		assertEquals(at(24), steps.get(0).at());
		assertTrue(steps.get(0).reason().contains("no response to the partner within the P3 response target of 24 h"),
				steps.get(0).reason());
	}

	@Test
	void aTimelyResponseLeavesOnlyTheResolutionTarget() {
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.update(issue, at(2), "Jiří", "We are on it", true);
		assertEquals(List.of(), ladder.reached(issue, justBefore(120)));
		List<EscalationStep> steps = ladder.reached(issue, at(120));
		assertEquals(1, steps.size());
		assertEquals(at(120), steps.get(0).at());
		assertTrue(steps.get(0).reason().startsWith("not resolved within the P3 resolution target of 120 h"));
	}

	@Test
	void anInternalNoteIsNoResponse() {
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.update(issue, at(2), "Jiří", "called the director", false);
		assertEquals(1, ladder.reached(issue, at(24)).size());
	}

	@Test
	void waitingOnThePartnerStopsTheResolutionClock() {
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.update(issue, at(2), "Jiří", "We are on it", true);
		IssueWorkflow.move(issue, IssueStatus.TRIAGED, at(3), "Jiří");
		IssueWorkflow.move(issue, IssueStatus.WAITING_ON_PARTNER, at(10), "Jiří");
		IssueWorkflow.move(issue, IssueStatus.IN_PROGRESS, at(34), "Jiří"); // 24 h with the partner
		assertEquals(List.of(), ladder.reached(issue, justBefore(144)));
		assertEquals(at(144), ladder.reached(issue, at(144)).get(0).at());
	}

	@Test
	void resolvedExactlyAtTheTargetMetIt() {
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.update(issue, at(2), "Jiří", "We are on it", true);
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(120), "Jiří");
		assertEquals(List.of(), ladder.reached(issue, at(1000)));
	}

	@Test
	void everyBrokenTargetIsOneLevelUpToTheVpAndNoFurther() {
		PartnerIssue issue = fixture.take(Priority.P3);
		List<EscalationStep> steps = ladder.reached(issue, at(10_000));
		assertEquals(List.of(EscalationLevel.PARTNER_SUPPORT, EscalationLevel.CHANNEL_DIRECTOR, EscalationLevel.VP_OF_CHANNELS),
				steps.stream().map(EscalationStep::level).toList());
		assertEquals(List.of(at(24), at(120), at(240)), steps.stream().map(EscalationStep::at).toList());
	}

	@Test
	void applyingRecordsInternalEventsDatedWhenTheTargetBrokeAndRunningAgainChangesNothing() {
		PartnerIssue issue = fixture.take(Priority.P3);
		List<EscalationStep> applied = ladder.apply(fixture.engagement, at(130));
		assertEquals(2, applied.size());
		assertEquals(EscalationLevel.CHANNEL_DIRECTOR, issue.getEscalation());
		List<IssueEvent> events = issue.getTimeline().stream().filter(e -> e.getKind() == IssueEventKind.ESCALATION).toList();
		assertEquals(List.of(at(24), at(120)), events.stream().map(e -> e.getAt().toInstant()).toList());
		assertEquals(EscalationLevel.PARTNER_SUPPORT, events.get(0).getLevel());
		assertTrue(events.get(1).getText().startsWith("Escalated to channel director: not resolved within"), events.get(1).getText());
		assertFalse(events.stream().anyMatch(IssueEvent::isVisibleToPartner));
		assertEquals(List.of(), ladder.apply(fixture.engagement, at(130)));
		assertEquals(List.of(EscalationLevel.VP_OF_CHANNELS),
				ladder.apply(fixture.engagement, at(240)).stream().map(EscalationStep::level).toList());
	}

	@Test
	void theEngagementSetsItsOwnTargets() {
		IssuePolicy policy = FulcrumFactory.eINSTANCE.createIssuePolicy();
		PriorityTarget p3 = FulcrumFactory.eINSTANCE.createPriorityTarget();
		p3.setPriority(Priority.P3);
		p3.setResponseHours(8);
		p3.setResolutionHours(16);
		policy.getTargets().add(p3);
		fixture.engagement.setIssuePolicy(policy);
		PartnerIssue issue = fixture.take(Priority.P3);
		Escalations own = new Escalations(IssueRules.of(fixture.engagement));
		assertEquals(List.of(), own.reached(issue, justBefore(8)));
		assertEquals(List.of(at(8), at(16), at(32)), own.reached(issue, at(100)).stream().map(EscalationStep::at).toList());
		assertEquals(IssueRules.DEFAULT.target(Priority.P1), IssueRules.of(fixture.engagement).target(Priority.P1));
	}

	@Test
	void anIssueResolvedByThenIsNotEscalatedAfterwards() {
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(30), "Jiří");
		assertEquals(1, ladder.reached(issue, at(30)).size()); // the response target did break at 24 h
		assertEquals(List.of(), ladder.apply(fixture.engagement, at(30)));
		assertEquals(1, ladder.apply(fixture.engagement, at(29)).size()); // as of a moment it was still open
	}
}

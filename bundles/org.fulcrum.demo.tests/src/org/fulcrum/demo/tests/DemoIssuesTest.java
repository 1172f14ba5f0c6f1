package org.fulcrum.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.IssueReview;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.KeyIssues;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.junit.jupiter.api.Test;

/**
 * The demo's partner issues show, by the rules and not by hand, what partner-issue-resolution.txt
 * asks for: owned by named people in partner support, escalated to the people the path names, the
 * VP told before the partner has to call, an unconfirmed resolution and an overdue update in sight.
 */
class DemoIssuesTest {

	private static final Instant AS_OF = DemoCoaching.instant(DemoCoaching.AS_OF);

	private final Engagement demo = demo();

	private static Engagement demo() {
		Engagement engagement = DemoEngagement.create(2026);
		DemoCoaching.addTo(engagement);
		return engagement;
	}

	@Test
	void everyIssueIsOwnedByANamedPersonInPartnerSupportAndTheManagerStaysTheContact() {
		List<Person> support = EscalationPath.people(demo, EscalationLevel.PARTNER_SUPPORT);
		assertFalse(support.isEmpty());
		for (PartnerIssue issue : demo.getIssues()) {
			assertTrue(support.contains(issue.getSupportOwner()), issue.getId() + " is owned in partner support");
			assertTrue(issue.getOwner() != null, issue.getId() + " keeps its partner manager");
		}
	}

	@Test
	void escalatedIssuesAreWithTheNamedPeopleOfTheirLevelAndTheVpWasTold() {
		List<PartnerIssue> escalated = demo.getIssues().stream().filter(i -> i.getEscalation().getValue() > 1).toList();
		assertFalse(escalated.isEmpty(), "some issue went past partner support by 2026-11-27");
		for (PartnerIssue issue : escalated) {
			assertEquals(EscalationPath.people(demo, issue.getEscalation()), List.copyOf(issue.getEscalatedTo()), issue.getId());
		}
		Person vp = EscalationPath.people(demo, EscalationLevel.VP_OF_CHANNELS).get(0);
		assertTrue(demo.getOutbox().stream().anyMatch(n -> n.getTo() == vp && n.getReason().contains("any recurrence")),
				"the VP heard of the recurring deal registration from the rules");
	}

	@Test
	void anUnconfirmedResolutionAndAnOverdueUpdateAreInTheKeyIssues() {
		KeyIssues key = new KeyIssuesQuery(IssueRules.of(demo)).of(demo, AS_OF);
		assertEquals(1, key.unconfirmed().size());
		assertEquals(IssueStatus.RESOLVED, key.unconfirmed().get(0).issue().getStatus());
		assertTrue(key.lapses().stream().anyMatch(l -> l.kind() == KeyIssues.LapseKind.UPDATE_OVERDUE));
		assertTrue(key.lapses().stream().anyMatch(l -> l.kind() == KeyIssues.LapseKind.NO_TIMETABLE));
		assertTrue(demo.getIssues().stream().filter(i -> i.getStatus() == IssueStatus.CLOSED)
				.allMatch(i -> i.getConfirmedBy() != null || i.getCloseReason() != null), "no issue closed without either");
	}

	@Test
	void theDailyRunHasNothingLeftToDoAsOfTheDemosDay() {
		assertFalse(IssueReview.run(demo, AS_OF).changed());
	}
}

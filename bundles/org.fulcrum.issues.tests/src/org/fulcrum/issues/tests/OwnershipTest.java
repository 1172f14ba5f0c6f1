package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.T0;
import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.fulcrum.issues.IntakeRequest;
import org.fulcrum.issues.IssueIntake;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.Ownership;
import org.fulcrum.issues.PartnerViews;
import org.fulcrum.issues.internal.IssueChecks;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** Partner support owns the resolution by name; the partner manager is the starting point and stays the contact, kept informed. */
class OwnershipTest {

	private final IssueFixture fixture = new IssueFixture();
	private final Person sofia = fixture.person("sup-sofia", "Sofia Marin", "sofia@example.com");
	private final Person tomas = fixture.person("sup-tomas", "Tomáš Beneš", "tomas@example.com");

	@Test
	void theFirstPersonNamedAtPartnerSupportOwnsANewIssue() {
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia, tomas);
		PartnerIssue issue = fixture.take(Priority.P3);
		assertEquals(sofia, issue.getSupportOwner());
		assertEquals(fixture.owner, issue.getOwner());
		IssueEvent assignment = issue.getTimeline().stream().filter(e -> e.getKind() == IssueEventKind.ASSIGNMENT).findFirst()
				.orElseThrow();
		assertEquals("Owned by Sofia Marin (partner support); Jiří Dvořák stays the partner's contact.", assignment.getText());
		assertEquals(List.of(sofia), assignment.getPeople());
		assertEquals(List.of("sup-sofia", "pm-dvorak"), fixture.engagement.getOutbox().stream().map(n -> n.getTo().getId()).toList());
		assertEquals("partner support owns the resolution (kept informed)", fixture.engagement.getOutbox().get(1).getReason());
	}

	@Test
	void theIntakeCanNameTheSupportOwner() {
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia);
		PartnerIssue issue = new IssueIntake(IssueRules.DEFAULT).take(fixture.engagement, new IntakeRequest(fixture.dunaj, "Petra",
				IssueChannel.PORTAL, "MDF", Priority.P3, "MDF claim stuck", null, fixture.owner, tomas, T0));
		assertEquals(tomas, issue.getSupportOwner());
	}

	@Test
	void aReassignmentIsRecordedAndToldToTheNewOwner() {
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia);
		PartnerIssue issue = fixture.take(Priority.P3);
		Ownership.assign(fixture.engagement, issue, tomas, at(3), "Sofia");
		assertEquals(tomas, issue.getSupportOwner());
		assertTrue(issue.getTimeline().get(issue.getTimeline().size() - 1).getText().startsWith("Owned by Tomáš Beneš (partner "
				+ "support), was Sofia Marin"));
		assertEquals("sup-tomas", fixture.engagement.getOutbox().get(2).getTo().getId());
		int before = fixture.engagement.getOutbox().size();
		Ownership.assign(fixture.engagement, issue, tomas, at(4), "Sofia"); // no change, nothing told
		assertEquals(before, fixture.engagement.getOutbox().size());
	}

	@Test
	void onlyOneOfTheEngagementsPeopleCanOwnAnIssue() {
		PartnerIssue issue = fixture.take(Priority.P3);
		Person stranger = FulcrumFactory.eINSTANCE.createPerson();
		stranger.setId("x");
		assertThrows(IllegalArgumentException.class, () -> Ownership.assign(fixture.engagement, issue, stranger, at(1), "Sofia"));
		assertThrows(IllegalArgumentException.class, () -> Ownership.assign(fixture.engagement, issue, sofia, at(-1), "Sofia"));
	}

	@Test
	void anIssuePastIntakeWithoutASupportOwnerIsWarnedAbout() {
		PartnerIssue issue = fixture.take(Priority.P3);
		assertNull(issue.getSupportOwner()); // no path: nobody to default to
		IssueWorkflow.move(issue, IssueStatus.TRIAGED, at(1), "Jiří");
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		new IssueChecks().check(fixture.engagement, diagnostics);
		assertTrue(diagnostics.getChildren().stream().anyMatch(d -> d.getMessage().contains(
				"nobody in partner support owns its resolution")), diagnostics.getChildren().toString());
	}

	@Test
	void thePartnerStillSeesThePartnerManagerAsContact() {
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia);
		fixture.take(Priority.P3);
		assertEquals("Jiří Dvořák", PartnerViews.of(fixture.engagement, fixture.dunaj, at(1)).issues().get(0).contact());
	}
}

package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.T0;
import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.VpNotices;
import org.fulcrum.issues.internal.IssueChecks;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** The VP of channels hears of any P1, any recurrence and any broken promise by rule, once, dated when the rule was met. */
class VpNoticesTest {

	private final IssueFixture fixture = new IssueFixture();
	private final Person vera = fixture.person("vp-vera", "Vera Kowalska", "vera@example.com");

	private List<VpNotices.Due> apply(Instant asOf) {
		return new VpNotices(IssueRules.of(fixture.engagement)).apply(fixture.engagement, asOf);
	}

	@Test
	void aP1IsToldToTheVpWhenItIsRaisedAndOnlyOnce() {
		fixture.path(EscalationLevel.VP_OF_CHANNELS, vera);
		PartnerIssue issue = fixture.take(Priority.P1);
		List<VpNotices.Due> told = apply(at(1));
		assertEquals(1, told.size());
		assertEquals(T0, told.get(0).at());
		assertEquals("any P1 issue", told.get(0).rule());
		assertEquals(1, fixture.engagement.getOutbox().size());
		assertEquals(vera, fixture.engagement.getOutbox().get(0).getTo());
		assertEquals(java.util.Date.from(T0), fixture.engagement.getOutbox().get(0).getCreated());
		IssueEvent event = issue.getTimeline().stream().filter(e -> e.getKind() == IssueEventKind.NOTICE).findFirst().orElseThrow();
		assertEquals("VP of channels informed (Vera Kowalska): any P1 issue.", event.getText());
		assertEquals(false, event.isVisibleToPartner());
		assertEquals(List.of(), apply(at(2)));
		assertEquals(1, fixture.engagement.getOutbox().size());
	}

	@Test
	void aRecurrenceIsToldWhenTheRepeatIsRaised() {
		fixture.path(EscalationLevel.VP_OF_CHANNELS, vera);
		fixture.take(Priority.P4);
		Instant later = T0.plus(Duration.ofDays(10));
		PartnerIssue repeat = fixture.take(fixture.dunaj, "deal registration", Priority.P4, later);
		List<VpNotices.Due> told = apply(later);
		assertEquals(1, told.size());
		assertEquals(repeat, told.get(0).issue());
		assertEquals("any recurrence (it repeats ISS-0001)", told.get(0).rule());
	}

	@Test
	void aBrokenPromiseIsToldTheDayAfterItsDate() {
		fixture.path(EscalationLevel.VP_OF_CHANNELS, vera);
		PartnerIssue issue = fixture.take(Priority.P3);
		IssueWorkflow.commit(issue, "Patch", LocalDate.of(2026, 11, 3), at(1), "Jiří").setDone(LocalDate.of(2026, 11, 5));
		Instant broken = Instant.parse("2026-11-04T00:00:00Z");
		assertEquals(List.of(), apply(broken.minusSeconds(1)));
		List<VpNotices.Due> told = apply(broken);
		assertEquals(1, told.size());
		assertEquals(broken, told.get(0).at());
		assertEquals("any broken promise ('Patch' due 2026-11-03)", told.get(0).rule());
	}

	@Test
	void eachRuleCanBeTurnedOff() {
		fixture.path(EscalationLevel.VP_OF_CHANNELS, vera);
		fixture.engagement.getIssuePolicy().setInformVpOnP1(false);
		fixture.take(Priority.P1);
		assertEquals(List.of(), apply(at(1)));
	}

	@Test
	void withNobodyNamedAtVpLevelNothingIsToldAndValidationSaysSo() {
		fixture.take(Priority.P1);
		assertEquals(List.of(), apply(at(1)));
		assertEquals(0, fixture.engagement.getOutbox().size());
		fixture.engagement.setIssuePolicy(FulcrumFactory.eINSTANCE.createIssuePolicy());
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		new IssueChecks().check(fixture.engagement, diagnostics);
		assertTrue(diagnostics.getChildren().stream().anyMatch(d -> d.getMessage().contains(
				"nobody is named at VP of channels on the escalation path")), diagnostics.getChildren().toString());
	}
}

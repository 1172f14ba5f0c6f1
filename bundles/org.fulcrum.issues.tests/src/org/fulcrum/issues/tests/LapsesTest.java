package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.fulcrum.issues.tests.IssueFixture.justBefore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fulcrum.issues.EscalationStep;
import org.fulcrum.issues.Escalations;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.KeyIssues;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.Notification;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/**
 * "Share your timetable … in the loop on progress, or the lack thereof": P2 is 8 h to respond,
 * 72 h to resolve and an update every 48 h (Fulcrum's defaults). An overdue update and a broken
 * promise are flagged and take the issue to the named people of the next level.
 */
class LapsesTest {

	private final IssueFixture fixture = new IssueFixture();

	private List<KeyIssues.Lapse> lapses(Instant asOf) {
		return new KeyIssuesQuery(IssueRules.of(fixture.engagement)).of(fixture.engagement, asOf).lapses();
	}

	private List<KeyIssues.LapseKind> kinds(Instant asOf) {
		return lapses(asOf).stream().map(KeyIssues.Lapse::kind).toList();
	}

	@Test
	void anUpdateIsOverdueExactlyOneCadenceAfterTheLastSharedEvent() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.update(issue, at(2), "Jiří", "We are on it", true);
		IssueWorkflow.commit(issue, "Fix in the portal", LocalDate.of(2026, 11, 20), at(2), "Jiří");
		assertEquals(List.of(), kinds(justBefore(50)));
		assertEquals(List.of(KeyIssues.LapseKind.UPDATE_OVERDUE), kinds(at(50)));
		assertEquals(at(50), lapses(at(60)).get(0).since());
		IssueWorkflow.update(issue, at(61), "Jiří", "Still testing the fix", true);
		assertEquals(List.of(), kinds(at(61)));
		assertEquals(List.of(KeyIssues.LapseKind.UPDATE_OVERDUE), kinds(at(109)));
	}

	@Test
	void anUpdateExactlyAtTheCadenceIsInTime() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.commit(issue, "Fix in the portal", LocalDate.of(2026, 11, 20), at(2), "Jiří");
		IssueWorkflow.update(issue, at(50), "Jiří", "Fix being tested", true);
		assertEquals(List.of(), kinds(at(60)));
	}

	@Test
	void anInternalNoteDoesNotKeepThePartnerInTheLoop() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.commit(issue, "Fix in the portal", LocalDate.of(2026, 11, 20), at(2), "Jiří");
		IssueWorkflow.update(issue, at(40), "Jiří", "asked engineering", false);
		assertEquals(List.of(KeyIssues.LapseKind.UPDATE_OVERDUE), kinds(at(50)));
	}

	@Test
	void noUpdateIsOwedWhileTheIssueWaitsOnThePartner() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.commit(issue, "Fix in the portal", LocalDate.of(2026, 11, 20), at(2), "Jiří");
		IssueWorkflow.move(issue, IssueStatus.TRIAGED, at(3), "Jiří");
		IssueWorkflow.move(issue, IssueStatus.WAITING_ON_PARTNER, at(10), "Jiří");
		assertEquals(List.of(), kinds(at(200)));
	}

	@Test
	void anIssueOpenPastItsResponseTargetNeedsATimetable() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.update(issue, at(1), "Jiří", "We are on it", true);
		assertEquals(List.of(), kinds(justBefore(8)));
		assertEquals(List.of(KeyIssues.LapseKind.NO_TIMETABLE), kinds(at(8)));
		assertEquals(at(8), lapses(at(9)).get(0).since());
		IssueWorkflow.commit(issue, "Fix in the portal", LocalDate.of(2026, 11, 6), at(9), "Jiří");
		assertEquals(List.of(), kinds(at(9)));
		assertEquals(List.of(KeyIssues.LapseKind.NO_TIMETABLE), kinds(justBefore(9))); // as of then, it lacked one
	}

	@Test
	void anIssueResolvedWithinItsResponseTargetNeedsNoTimetable() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(7), "Jiří");
		assertEquals(List.of(), kinds(at(8)));
	}

	@Test
	void aBrokenPromiseAndAnOverdueUpdateTakeTheIssueToTheNamedPeopleOfTheNextLevels() {
		Person sofia = fixture.person("sup-sofia", "Sofia Marin", "sofia@example.com");
		Person marek = fixture.person("dir-marek", "Marek Novák", "marek@example.com");
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia);
		fixture.path(EscalationLevel.CHANNEL_DIRECTOR, marek);
		PartnerIssue issue = fixture.take(Priority.P2); // raised 2026-11-02 09:00, owned by Sofia from the path
		IssueWorkflow.commit(issue, "Workaround", LocalDate.of(2026, 11, 3), at(1), "Sofia"); // broken 11-04 00:00 = 39 h
		Escalations ladder = new Escalations(IssueRules.of(fixture.engagement));

		List<EscalationStep> steps = ladder.apply(fixture.engagement, at(60));

		assertEquals(List.of(at(39), at(49)), steps.stream().map(EscalationStep::at).toList());
		assertEquals(List.of(EscalationLevel.PARTNER_SUPPORT, EscalationLevel.CHANNEL_DIRECTOR),
				steps.stream().map(EscalationStep::level).toList());
		assertTrue(steps.get(0).reason().equals("the promise 'Workaround' due 2026-11-03 was not kept"), steps.get(0).reason());
		assertTrue(steps.get(1).reason().startsWith("no update to the partner within the P2 update cadence of 48 h"));
		assertEquals(List.of(marek), issue.getEscalatedTo());
		IssueEvent last = issue.getTimeline().stream().filter(e -> e.getKind() == IssueEventKind.ESCALATION).reduce((a, b) -> b)
				.orElseThrow();
		assertEquals(List.of(marek), last.getPeople());
		assertTrue(last.getText().startsWith("Escalated to channel director (Marek Novák): no update"), last.getText());
		List<String> notices = fixture.engagement.getOutbox().stream().map(n -> n.getKey() + " " + n.getTo().getId()).toList();
		assertEquals(List.of("ISS-0001/owner/sup-sofia sup-sofia", "ISS-0001/owner/sup-sofia pm-dvorak",
				"ISS-0001/escalation/partnerSupport sup-sofia", "ISS-0001/escalation/partnerSupport pm-dvorak",
				"ISS-0001/escalation/channelDirector dir-marek", "ISS-0001/escalation/channelDirector pm-dvorak",
				"ISS-0001/escalation/channelDirector sup-sofia"), notices);
		Notification toMarek = fixture.engagement.getOutbox().get(4);
		assertEquals(java.util.Date.from(at(49)), toMarek.getCreated());
		assertTrue(toMarek.getBody().contains("Owner (partner support): Sofia Marin"), toMarek.getBody());
		assertTrue(toMarek.getReason().startsWith("no update to the partner"), toMarek.getReason());
		assertEquals(List.of(), ladder.apply(fixture.engagement, at(60)));
		assertEquals(7, fixture.engagement.getOutbox().size());
	}

	@Test
	void lapsesEscalateOnlyWhenThePolicySaysSo() {
		fixture.engagement.setIssuePolicy(FulcrumFactory.eINSTANCE.createIssuePolicy());
		fixture.engagement.getIssuePolicy().setLapsesEscalate(false);
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.commit(issue, "Workaround", LocalDate.of(2026, 11, 3), at(1), "Jiří");
		assertEquals(List.of(), new Escalations(IssueRules.of(fixture.engagement)).reached(issue, at(60)));
		assertEquals(List.of(KeyIssues.LapseKind.UPDATE_OVERDUE), kinds(at(60))); // still flagged
	}
}

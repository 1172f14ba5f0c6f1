package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.fulcrum.issues.Escalations;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.PartnerView;
import org.fulcrum.issues.PartnerViewText;
import org.fulcrum.issues.PartnerViews;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;

/** The partner sees its timetable and the updates shared with it, never an internal note or anything else internal. */
class PartnerViewTest {

	private final IssueFixture fixture = new IssueFixture();

	@Test
	void theExportHoldsTheSharedUpdatesAndTimetableButNoInternalNote() {
		PartnerIssue issue = fixture.take(Priority.P2);
		issue.setDescription("INTERNAL description: they resell a competitor too");
		issue.getTraits().add(FulcrumFactory.eINSTANCE.createDimension());
		IssueWorkflow.update(issue, at(1), "Jiří", "INTERNAL note: this partner always shouts", false);
		IssueEvent ticked = IssueWorkflow.update(issue, at(2), "Jiří", "INTERNAL note ticked visible by mistake", false);
		ticked.setVisibleToPartner(true);
		IssueWorkflow.update(issue, at(3), "Jiří", "We reproduced the registration error and are fixing it.", true);
		IssueWorkflow.commit(issue, "Fix deployed to the portal", LocalDate.of(2026, 11, 6), at(3), "Jiří");
		Commitment hidden = IssueWorkflow.commit(issue, "INTERNAL commitment to the director", LocalDate.of(2026, 11, 5), at(3), "Jiří");
		hidden.setVisibleToPartner(false);
		issue.getTimeline().stream().filter(e -> e.getText().contains("INTERNAL commitment")).forEach(e -> e.setVisibleToPartner(false));
		IssueWorkflow.move(issue, IssueStatus.IN_PROGRESS, at(4), "Jiří");
		new Escalations(IssueRules.DEFAULT).apply(fixture.engagement, at(500));
		issue.getTimeline().stream().filter(e -> e.getKind() == IssueEventKind.ESCALATION).forEach(e -> e.setVisibleToPartner(true));
		PartnerIssue other = fixture.take(fixture.wisla, "deal registration", Priority.P3, at(5));
		IssueWorkflow.update(other, at(6), "Jiří", "Update for the other partner", true);

		PartnerView view = PartnerViews.of(fixture.engagement, fixture.dunaj, at(600));
		String text = PartnerViewText.render(view);

		assertFalse(text.contains("INTERNAL"), text);
		assertFalse(text.contains("Escalated"), text);
		assertFalse(text.contains("other partner"), text);
		assertTrue(text.contains("We reproduced the registration error and are fixing it."), text);
		assertTrue(text.contains("2026-11-06  Fix deployed to the portal  (overdue)"), text);
		assertTrue(text.contains("status in progress, priority P2"), text);
		assertTrue(text.contains("your contact Jiří Dvořák"), text);
		assertEquals(1, view.issues().size());
		assertEquals(1, view.issues().get(0).timetable().size());
	}

	@Test
	void theViewShowsTheStatusAsOfItsMoment() {
		PartnerIssue issue = fixture.take(Priority.P2);
		IssueWorkflow.move(issue, IssueStatus.RESOLVED, at(10), "Jiří");
		assertEquals("new", PartnerViews.of(fixture.engagement, fixture.dunaj, at(5)).issues().get(0).status());
		assertEquals("resolved", PartnerViews.of(fixture.engagement, fixture.dunaj, at(10)).issues().get(0).status());
		assertEquals(0, PartnerViews.of(fixture.engagement, fixture.dunaj, at(-1)).issues().size());
	}
}

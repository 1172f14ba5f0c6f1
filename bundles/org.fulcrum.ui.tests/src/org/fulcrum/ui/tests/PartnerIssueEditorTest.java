package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.issues.EscalationStep;
import org.fulcrum.issues.Escalations;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.edit.CheckColumn;
import org.fulcrum.ui.internal.editors.PartnerIssueEditor;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo partner issue in its editor: escalation to named people with undo and redo, a shared update
 * in the partner view, workflow moves, the support owner, confirmation and closing.
 */
class PartnerIssueEditorTest {

	/** A month after the demo's day: every open demo issue has broken a target by then. */
	private static final Instant LATER = DemoCoaching.AS_OF.plusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant();

	@TempDir
	Path folder;

	@Test
	void escalatesAsOfADateAfterTheTargetUndoAndRedo() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		Engagement engagement = session.engagement();
		PartnerIssue issue = engagement.getIssues().stream()
				.filter(i -> new Escalations(IssueRules.of(engagement)).due(engagement, LATER).stream().anyMatch(s -> s.issue() == i))
				.findFirst().orElseThrow();
		PartnerIssueEditor editor = openEditor(bench, issue);
		EscalationLevel before = issue.getEscalation();
		int events = issue.getTimeline().size();
		long escalations = escalations(issue);
		int notices = engagement.getOutbox().size();

		List<EscalationStep> steps = editor.escalate(LATER);
		bench.spin();
		List<EscalationStep> ofIssue = steps.stream().filter(s -> s.issue() == issue).toList();
		assertFalse(ofIssue.isEmpty(), "a step is due for " + issue.getId());
		assertEquals(ofIssue.get(ofIssue.size() - 1).level(), issue.getEscalation(), "the level is raised");
		assertTrue(issue.getEscalation().getValue() > before.getValue());
		assertEquals(escalations + ofIssue.size(), escalations(issue), "an escalation event per step");
		assertTrue(engagement.getOutbox().size() > notices, "the named people of the new level are told");
		assertEquals(List.copyOf(issue.getEscalatedTo()), engagement.getIssuePolicy().getEscalationPath().stream()
				.filter(c -> c.getLevel() == issue.getEscalation()).map(c -> c.getPerson()).toList(), "moved to the named people");
		assertEquals(issue.getTimeline().size(), editor.timeline().getTable().getItemCount(), "the timeline table follows");
		assertTrue(session.isDirty());
		assertTrue(editor.feedback().contains(issue.getId()), editor.feedback());

		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(before, issue.getEscalation(), "one undo takes the whole escalation back");
		assertEquals(events, issue.getTimeline().size());
		assertEquals(events, editor.timeline().getTable().getItemCount());
		assertFalse(session.isDirty());

		assertEquals(notices, engagement.getOutbox().size(), "and the notices with it");
		assertTrue(bench.execute(CommandIds.REDO));
		assertEquals(ofIssue.get(ofIssue.size() - 1).level(), issue.getEscalation(), "redo restores it");
		assertEquals(escalations + ofIssue.size(), escalations(issue));

		assertTrue(editor.escalate(LATER).isEmpty(), "nothing more is due as of the same moment");
	}

	@Test
	void aSharedUpdateShowsInThePartnerViewAnInternalNoteNever() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		PartnerIssue issue = session.engagement().getIssues().stream()
				.filter(i -> i.getTimeline().stream().anyMatch(e -> e.getKind() == IssueEventKind.NOTE)).findFirst().orElseThrow();
		PartnerIssueEditor editor = openEditor(bench, issue);
		List<IssueEvent> notes = session.engagement().getIssues().stream().filter(i -> i.getPartner() == issue.getPartner())
				.flatMap(i -> i.getTimeline().stream()).filter(e -> e.getKind() == IssueEventKind.NOTE).toList();
		assertFalse(notes.isEmpty());

		String update = "The fix is deployed; please try the registration again.";
		editor.shareUpdate(update, Instant.now());
		bench.spin();
		IssueEvent added = issue.getTimeline().get(issue.getTimeline().size() - 1);
		assertEquals(IssueEventKind.UPDATE, added.getKind());
		assertTrue(added.isVisibleToPartner());
		assertTrue(editor.partnerViewText().contains(update), editor.partnerViewText());

		// even a note ticked visible by mistake stays out of what the partner sees; the tick is undoable
		CheckColumn.set(session.editingDomain(), notes.get(0), FulcrumPackage.eINSTANCE.getIssueEvent_VisibleToPartner(), true);
		bench.spin();
		assertTrue(notes.get(0).isVisibleToPartner());
		for (IssueEvent note : notes) {
			assertFalse(editor.partnerViewText().contains(note.getText()), "internal note shown: " + note.getText());
		}
		assertTrue(bench.execute(CommandIds.UNDO));
		assertFalse(notes.get(0).isVisibleToPartner());

		assertTrue(bench.execute(CommandIds.UNDO));
		assertFalse(editor.partnerViewText().contains(update), "the update is undone");
		assertTrue(bench.execute(CommandIds.REDO));
		assertTrue(editor.partnerViewText().contains(update));
	}

	@Test
	void aMoveTheWorkflowRefusesIsExplainedAndChangesNothing() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		PartnerIssue issue = session.engagement().getIssues().stream().filter(i -> i.getStatus() == IssueStatus.IN_PROGRESS)
				.findFirst().orElseThrow();
		PartnerIssueEditor editor = openEditor(bench, issue);
		int events = issue.getTimeline().size();

		editor.moveTo(IssueStatus.NEW, Instant.now());
		assertEquals(IssueStatus.IN_PROGRESS, issue.getStatus());
		assertEquals(events, issue.getTimeline().size());
		assertEquals(1, bench.prompts.errors.size());
		assertTrue(bench.prompts.errors.get(0).contains("cannot move from in progress to new"), bench.prompts.errors.get(0));
		assertFalse(session.isDirty());

		editor.moveTo(IssueStatus.WAITING_ON_PARTNER, Instant.now());
		assertEquals(IssueStatus.WAITING_ON_PARTNER, issue.getStatus());
		assertEquals(IssueEventKind.STATUS_CHANGE, issue.getTimeline().get(events).getKind());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(IssueStatus.IN_PROGRESS, issue.getStatus());
		assertEquals(events, issue.getTimeline().size());
	}

	@Test
	void anUnconfirmedResolutionStaysInSightAndClosesOnlyWithAReasonOrTheConfirmation() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		PartnerIssue issue = session.engagement().getIssues().stream().filter(i -> i.getStatus() == IssueStatus.RESOLVED)
				.findFirst().orElseThrow();
		PartnerIssueEditor editor = openEditor(bench, issue);
		assertTrue(editor.stateText().contains("NOT CONFIRMED by the partner"), editor.stateText());

		bench.prompts.answer("");
		editor.moveTo(IssueStatus.CLOSED, Instant.now());
		assertEquals(IssueStatus.RESOLVED, issue.getStatus(), "no reason, no close");
		assertTrue(bench.prompts.asked.get(0).contains("has not confirmed the resolution"), bench.prompts.asked.toString());

		bench.prompts.answer("the partner left the programme");
		editor.moveTo(IssueStatus.CLOSED, Instant.now());
		bench.spin();
		assertEquals(IssueStatus.CLOSED, issue.getStatus());
		assertEquals("the partner left the programme", issue.getCloseReason());
		assertTrue(editor.stateText().contains("Closed without the partner's confirmation: the partner left the programme"),
				editor.stateText());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(IssueStatus.RESOLVED, issue.getStatus());
		assertEquals(null, issue.getCloseReason());

		bench.prompts.answer("Claire Morvan");
		editor.confirmResolution(Instant.now());
		bench.spin();
		assertEquals("Claire Morvan", issue.getConfirmedBy());
		editor.moveTo(IssueStatus.CLOSED, Instant.now()); // confirmed: no question asked
		bench.spin();
		assertEquals(IssueStatus.CLOSED, issue.getStatus());
		assertTrue(editor.stateText().startsWith("Owner: "), editor.stateText());
		assertTrue(editor.stateText().contains("Closed, confirmed by Claire Morvan."), editor.stateText());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(null, issue.getConfirmedBy(), "the confirmation is undone too");
	}

	@Test
	void theSupportOwnerIsANamedPersonAndTheChangeIsToldAndUndoable() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		Engagement engagement = session.engagement();
		PartnerIssue issue = engagement.getIssues().stream().filter(i -> i.getStatus() == IssueStatus.IN_PROGRESS).findFirst()
				.orElseThrow();
		PartnerIssueEditor editor = openEditor(bench, issue);
		Person before = issue.getSupportOwner();
		assertTrue(editor.stateText().startsWith("Owner: " + before.getName() + " (partner support); partner's contact, kept "
				+ "informed: " + issue.getOwner().getName()), editor.stateText());
		assertTrue(editor.stateText().contains("Escalation path: partner support: "), editor.stateText());
		Person other = engagement.getIssuePolicy().getEscalationPath().stream().map(c -> c.getPerson()).filter(p -> p != before)
				.findFirst().orElseThrow();
		int notices = engagement.getOutbox().size();

		editor.assign(other);
		bench.spin();
		assertEquals(other, issue.getSupportOwner());
		assertEquals(IssueEventKind.ASSIGNMENT, issue.getTimeline().get(issue.getTimeline().size() - 1).getKind());
		assertEquals(other, engagement.getOutbox().get(notices).getTo(), "the new owner is told");
		assertTrue(editor.stateText().startsWith("Owner: " + other.getName()), editor.stateText());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(before, issue.getSupportOwner());
		assertEquals(notices, engagement.getOutbox().size());
	}

	private static long escalations(PartnerIssue issue) {
		return issue.getTimeline().stream().filter(e -> e.getKind() == IssueEventKind.ESCALATION).count();
	}

	private EngagementSession open(TestWorkbench bench) throws Exception {
		Engagement demo = DemoEngagement.create(DemoFiles.SEED);
		DemoCoaching.addTo(demo);
		Path file = folder.resolve("issues.fulcrum");
		new EngagementStore().create(file, demo).close();
		bench.workspace().switchTo(folder);
		bench.spin();
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		return bench.await("the engagement to open", navigator.openInBackground(file));
	}

	/** Opens the issue as a double-click in the navigator does. */
	private static PartnerIssueEditor openEditor(TestWorkbench bench, PartnerIssue issue) {
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.activate(issue);
		bench.spin();
		return assertInstanceOf(PartnerIssueEditor.class, bench.activePart().getObject(), "a partner issue opens in its own editor");
	}
}

package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.fulcrum.coaching.CallDebrief;
import org.fulcrum.coaching.Debriefs;
import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Action;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.EngagementEditor;
import org.fulcrum.ui.internal.editors.ProgramForm;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engagement editor's Coaching programs tab on the demo: a coachee chosen by id, a program applied
 * from the installed template, unknown ids and bad dates refused with nothing changed, the calls' agendas
 * drawn from the partner sessions, the coachee's actions and the program's problems; undo, redo, save.
 */
class ProgramFormTest {

	@TempDir
	Path folder;

	@Test
	void aProgramIsAppliedFromTheTemplateForACoacheeByIdUndoableAndSaved() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = CoachingFormsTest.openCoachingDemo(bench, folder);
		Engagement engagement = session.engagement();
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementEditor editor = EngagementEditingTest.openEditor(bench, navigator, session.file());
		ProgramForm form = editor.programs();
		PartnerManager coachee = engagement.getPeople().stream().filter(PartnerManager.class::isInstance).map(PartnerManager.class::cast)
				.filter(p -> engagement.getPrograms().stream().noneMatch(g -> g.getParticipant() == p)).findFirst().orElseThrow();
		Person coach = engagement.getPeople().stream().filter(p -> "coach-holt".equals(p.getId())).findFirst().orElseThrow();
		int programs = engagement.getPrograms().size();

		choose(bench, form.coachee(), "pm-nobody");
		assertTrue(form.feedback().contains("no partner manager 'pm-nobody'"), form.feedback());
		choose(bench, form.coachee(), coachee.getId());
		assertEquals("", form.feedback());
		assertNull(form.program(), coachee.getName() + " has no program yet");
		assertNull(form.sessions());

		ProgramTemplate template = ProgramTemplates.installed().find("manager-as-sales-coach").orElseThrow();
		form.templateChoice().select(ProgramTemplates.installed().all().indexOf(template));
		form.start().setText("2027-13-01");
		click(bench, form.applyButton());
		assertTrue(form.feedback().contains("Start: '2027-13-01' is not a date"), form.feedback());
		form.start().setText("2027-03-05");
		form.every().setSelection(10);
		form.coachId().setText("no-such-coach");
		click(bench, form.applyButton());
		assertTrue(form.feedback().contains("Coach: the engagement has no person 'no-such-coach'; nothing changed"), form.feedback());
		assertEquals(programs, engagement.getPrograms().size(), "a refusal changes nothing");
		assertFalse(session.isDirty());

		form.coachId().setText(coach.getId());
		click(bench, form.applyButton());
		assertEquals("", form.feedback());
		CoachingProgram applied = Programs.existing(engagement, template, coachee).orElseThrow();
		assertSame(applied, form.program());
		assertSame(coach, applied.getCoach());
		List<LocalDate> dates = Programs.schedule(template, LocalDate.of(2027, 3, 5), 10);
		assertEquals(dates, applied.getSessions().stream().map(CoachingSession::getDate).toList());
		assertEquals(template.steps().size(), form.sessions().getTable().getItemCount(), "the workshop and the calls");
		assertEquals(dates.get(1).toString(), form.sessions().getTable().getItem(1).getText(2));
		assertTrue(form.agendaTitle().startsWith("Call 1 on " + dates.get(1)), form.agendaTitle());
		assertEquals(coach.getId(), form.programCoach().getText());
		assertTrue(session.isDirty());

		click(bench, form.applyButton());
		assertTrue(form.feedback().contains("already has a " + template.name() + " program"), form.feedback());
		assertEquals(programs + 1, engagement.getPrograms().size());

		// the coachee's actions: Add puts one on the selected call, owned by the coachee, its SMART findings inline
		CoachingSession secondCall = applied.getSessions().get(2);
		form.sessions().setSelection(new StructuredSelection(secondCall));
		bench.spin();
		assertTrue(form.agendaTitle().startsWith("Call 2 on " + dates.get(2)), form.agendaTitle());
		click(bench, form.actions().addButton());
		assertEquals(1, secondCall.getActions().size());
		Action added = secondCall.getActions().get(0);
		assertSame(coachee, added.getOwner(), "the coachee owns their actions");
		assertEquals(dates.get(2).plusWeeks(2), added.getDueDate());
		assertEquals(1, form.actions().viewer().getTable().getItemCount());
		assertEquals("#3 · " + dates.get(2), form.actions().viewer().getTable().getItem(0).getText(0));
		assertTrue(form.actions().viewer().getTable().getItem(0).getText(7).contains("says nothing to do"),
				form.actions().viewer().getTable().getItem(0).getText(7));
		bench.waitFor("the program's problems", () -> form.problemsText().contains("says nothing to do"));

		assertTrue(bench.execute(CommandIds.UNDO));
		assertTrue(secondCall.getActions().isEmpty());
		assertEquals(0, form.actions().viewer().getTable().getItemCount());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(programs, engagement.getPrograms().size(), "undo takes the program back as one command");
		assertNull(form.program());
		assertNull(form.sessions());
		assertFalse(session.isDirty());
		assertTrue(bench.execute(CommandIds.REDO));
		assertSame(applied, form.program());
		assertEquals(template.steps().size(), form.sessions().getTable().getItemCount());

		assertTrue(bench.execute(CommandIds.SAVE));
		CoachingProgram saved = new EngagementStore().read(session.file()).getPrograms().stream()
				.filter(p -> p.getId().equals(applied.getId())).findFirst().orElseThrow();
		assertEquals(dates, saved.getSessions().stream().map(CoachingSession::getDate).toList(), "saved to the file");
		assertEquals(coach.getId(), saved.getCoach().getId());
	}

	@Test
	void aProgramShowsEachCallsAgendaTheCoacheesPartnerSessionsAndCoachingOverTheCalls() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = CoachingFormsTest.openCoachingDemo(bench, folder);
		Engagement engagement = session.engagement();
		CoachingProgram program = engagement.getPrograms().get(0);
		PartnerManager coachee = program.getParticipant();
		// the navigator opens a program in the engagement editor's Coaching programs tab
		EngagementEditor editor = assertInstanceOf(EngagementEditor.class, CoachingFormsTest.openEditor(bench, program));
		ProgramForm form = editor.programs();
		assertSame(program, form.program());
		assertEquals(coachee.getId() + " — " + coachee.getName(), form.coachee().getText());

		CoachingSession secondCall = program.getSessions().get(2);
		form.sessions().setSelection(new StructuredSelection(secondCall));
		bench.spin();
		CallDebrief debrief = Debriefs.of(engagement, secondCall);
		assertEquals(2, debrief.sessions().size());
		assertEquals(debrief.sessions(), List.of(form.agenda().getTable().getItem(0).getData(), form.agenda().getTable().getItem(1).getData()),
				"the agenda is the partner sessions logged since the call before");
		assertTrue(form.sessions().getTable().getItem(2).getText(6).startsWith("2 partner sessions to debrief; "),
				form.sessions().getTable().getItem(2).getText(6));
		assertEquals(6, form.calls().getTable().getItemCount(), "six calls, each with its debrief");
		long sameWorkshop = engagement.getPrograms().stream().filter(p -> p.getSessions().get(0).getDate().equals(program.getSessions().get(0).getDate()))
				.count();
		assertTrue(sameWorkshop > 1, "the demo's managers share their workshop");
		assertTrue(form.sessions().getTable().getItem(0).getText(6).startsWith("The workshop on " + program.getSessions().get(0).getDate()
				+ " for " + sameWorkshop + " managers: " + coachee.getName()), form.sessions().getTable().getItem(0).getText(6));
		long logged = engagement.getPartnerSessions().stream().filter(s -> s.getPartnerManager() == coachee).count();
		assertEquals(logged, form.partnerSessions().getTable().getItemCount());
		click(bench, form.logPartnerSessionButton());
		PartnerCoachingSession added = engagement.getPartnerSessions().get(engagement.getPartnerSessions().size() - 1);
		assertSame(coachee, added.getPartnerManager());
		assertNotNull(added.getDate());
		assertEquals(logged + 1, form.partnerSessions().getTable().getItemCount(), "the logged session is listed");
		assertTrue(bench.execute(CommandIds.UNDO));
		assertFalse(engagement.getPartnerSessions().contains(added));
		assertEquals(logged, form.partnerSessions().getTable().getItemCount());
		assertFalse(session.isDirty());

		// the program's coach by id: an unknown id is refused, a known one set as one command
		Person before = program.getCoach();
		Person other = engagement.getPeople().stream().filter(p -> !(p instanceof PartnerManager) && p != before).findFirst().orElseThrow();
		EngagementEditingTest.type(bench, form.programCoach(), "nobody-here");
		assertTrue(form.feedback().contains("Coach: the engagement has no person 'nobody-here'"), form.feedback());
		assertSame(before, program.getCoach());
		assertFalse(session.isDirty());
		EngagementEditingTest.type(bench, form.programCoach(), other.getId());
		assertSame(other, program.getCoach());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertSame(before, program.getCoach());
		assertEquals(before == null ? "" : before.getId(), form.programCoach().getText(), "the field follows undo");
		assertFalse(session.isDirty());
	}

	private static void choose(TestWorkbench bench, Combo combo, String text) {
		combo.setText(text);
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		bench.spin();
	}

	private static void click(TestWorkbench bench, Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		bench.spin();
	}
}

package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.model.Action;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PlanStatus;
import org.fulcrum.model.QuestionKind;
import org.fulcrum.model.Stance;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.PartnerSessionEditor;
import org.fulcrum.ui.internal.editors.PlanEditor;
import org.fulcrum.ui.internal.editors.ProgramSessionEditor;
import org.fulcrum.ui.internal.forms.QuestionList;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coaching forms on the demo: toggles, stance, lists and actions change the model by commands that undo and redo. */
class CoachingFormsTest {

	@TempDir
	Path folder;

	@Test
	void aPartnerSessionsDoAndDontAreTogglesThatUndo() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		// a session with a pair nobody judged yet: neither its do nor its don't is marked
		PartnerCoachingSession partnerSession = session.engagement().getPartnerSessions().stream()
				.filter(s -> !Reviews.outcome(s.getReview(), s.getObservedStance()).notJudged().isEmpty()).findFirst().orElseThrow();
		String rule = Reviews.outcome(partnerSession.getReview(), partnerSession.getObservedStance()).notJudged().get(0).id();
		PartnerSessionEditor editor = assertInstanceOf(PartnerSessionEditor.class, openEditor(bench, partnerSession));

		Button dont = editor.checklist().toggle(rule, ChecklistKind.DONT);
		Button doToggle = editor.checklist().toggle(rule, ChecklistKind.DO);
		assertFalse(dont.getSelection() || doToggle.getSelection(), "the toggles show the review");
		click(dont, true);
		bench.spin();
		assertTrue(Reviews.marked(partnerSession.getReview(), rule, ChecklistKind.DONT));
		click(doToggle, true);
		bench.spin();
		assertTrue(Reviews.marked(partnerSession.getReview(), rule, ChecklistKind.DO), "a do and its don't can both be marked");
		assertTrue(session.isDirty());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertTrue(bench.execute(CommandIds.UNDO));
		bench.spin();
		assertFalse(Reviews.marked(partnerSession.getReview(), rule, ChecklistKind.DONT));
		assertFalse(Reviews.marked(partnerSession.getReview(), rule, ChecklistKind.DO));
		assertFalse(dont.getSelection(), "the toggle follows undo");
		assertTrue(bench.execute(CommandIds.REDO));
		bench.spin();
		assertTrue(dont.getSelection(), "and redo");
		assertTrue(bench.execute(CommandIds.UNDO));
		assertFalse(session.isDirty());
	}

	@Test
	void aRescuingStanceIsShownAsNotCreditedWithOwnership() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		PartnerCoachingSession partnerSession = session.engagement().getPartnerSessions().stream()
				.filter(s -> s.getObservedStance() == Stance.COACH).findFirst().orElseThrow();
		PartnerSessionEditor editor = assertInstanceOf(PartnerSessionEditor.class, openEditor(bench, partnerSession));
		click(editor.stance().button(Stance.RESCUER), true);
		bench.spin();
		assertEquals(Stance.RESCUER, partnerSession.getObservedStance());
		editor.checklist().mark("ownership", ChecklistKind.DO, true);
		bench.spin();
		assertFalse(Reviews.outcome(partnerSession.getReview(), Stance.RESCUER).doesMet().stream().anyMatch(p -> p.id().equals("ownership")));
		assertTrue(editor.checklist().toggle("ownership", ChecklistKind.DO).getSelection());
		click(editor.stance().button(null), true);
		bench.spin();
		assertFalse(partnerSession.isSetObservedStance(), "not recorded unsets the stance");
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(Stance.RESCUER, partnerSession.getObservedStance());
	}

	@Test
	void questionsAndActionsAreListsWithTheirKindsAndSmartFindings() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		PartnerCoachingSession partnerSession = session.engagement().getPartnerSessions().get(1);
		PartnerSessionEditor editor = assertInstanceOf(PartnerSessionEditor.class, openEditor(bench, partnerSession));
		int questions = partnerSession.getQuestions().size();
		assertEquals(questions, editor.questions().viewer().getTable().getItemCount());
		QuestionList.setKind(session.editingDomain(), partnerSession.getQuestions().get(0), QuestionKind.MULTIPLE_CHOICE);
		bench.spin();
		assertEquals("multiple choice", editor.questions().viewer().getTable().getItem(0).getText(0));
		assertFalse(partnerSession.getQuestions().get(0).isOpen(), "the open flag follows the kind");

		Action action = partnerSession.getActions().get(0);
		org.fulcrum.ui.internal.forms.Cells.set(session.editingDomain(), action,
				org.fulcrum.model.FulcrumPackage.eINSTANCE.getAction_Measure(), null);
		bench.spin();
		String inline = editor.actions().viewer().getTable().getItem(0).getText(6);
		assertTrue(inline.contains("has no measure. Good intentions are not actions"), inline);
		assertTrue(editor.signalsText().startsWith("open questions "), editor.signalsText());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertTrue(bench.execute(CommandIds.UNDO));
		bench.spin();
		String back = editor.actions().viewer().getTable().getItem(0).getText(6);
		assertEquals(org.fulcrum.ui.internal.forms.ActionTable.findings(action), back, "back to the demo's own findings");
		assertFalse(back.contains("has no measure"), back);
		assertTrue(partnerSession.getQuestions().get(0).isSetKind());
	}

	@Test
	void aCallShowsThePartnerSessionsItDebriefsAndThePlanFormItsProblems() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(folder);
		EngagementSession session = open(bench);
		Engagement engagement = session.engagement();
		CoachingSession secondCall = engagement.getPrograms().get(0).getSessions().get(2);
		ProgramSessionEditor call = assertInstanceOf(ProgramSessionEditor.class, openEditor(bench, secondCall));
		assertEquals(2, call.debrief().getTable().getItemCount(), "two partner sessions logged since the first call");
		assertEquals(6, call.calls().getTable().getItemCount(), "six calls, each with its debrief");

		DevelopmentPlan agreed = engagement.getPlans().stream().filter(p -> p.getStatus() == PlanStatus.AGREED).findFirst().orElseThrow();
		PlanEditor plan = assertInstanceOf(PlanEditor.class, openEditor(bench, agreed));
		assertFalse(plan.actionTables().isEmpty());
		org.fulcrum.ui.internal.forms.Cells.set(session.editingDomain(), agreed.getFocusAreas().get(0).getGoals().get(0),
				org.fulcrum.model.FulcrumPackage.eINSTANCE.getGoal_Statement(), null);
		bench.waitFor("the plan's problems", () -> plan.problemsText().contains("has not been stated by the coachee"));
		assertTrue(bench.execute(CommandIds.UNDO));
		bench.waitFor("the problem to go", () -> !plan.problemsText().contains("has not been stated by the coachee"));
	}

	private static void click(Button button, boolean selected) {
		button.setSelection(selected);
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private EngagementSession open(TestWorkbench bench) throws Exception {
		return openCoachingDemo(bench, folder);
	}

	/** The demo with its coaching (plans, programs, partner sessions) saved in {@code folder} and opened. */
	static EngagementSession openCoachingDemo(TestWorkbench bench, Path folder) throws Exception {
		Engagement demo = DemoEngagement.create(DemoFiles.SEED);
		DemoCoaching.addTo(demo);
		Path file = folder.resolve("coaching.fulcrum");
		new EngagementStore().create(file, demo).close();
		bench.workspace().switchTo(folder);
		bench.spin();
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		return bench.await("the engagement to open", navigator.openInBackground(file));
	}

	/** Opens the object as a double-click in the navigator does. */
	static Object openEditor(TestWorkbench bench, org.eclipse.emf.ecore.EObject target) {
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.activate(target);
		bench.spin();
		return bench.activePart().getObject();
	}
}

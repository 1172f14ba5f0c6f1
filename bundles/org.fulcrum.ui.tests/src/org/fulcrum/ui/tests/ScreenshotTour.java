package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.coaching.PartnerSessions;
import org.fulcrum.coaching.Questions;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.OptionSource;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.QuestionKind;
import org.fulcrum.model.Stance;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.Ownership;
import org.fulcrum.model.Action;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Goal;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.PlanStatus;
import org.fulcrum.model.Priority;
import org.fulcrum.model.Question;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.editors.EngagementEditor;
import org.fulcrum.ui.internal.editors.ProgramForm;
import org.fulcrum.ui.internal.editors.PartnerIssueEditor;
import org.fulcrum.ui.internal.editors.PartnerSessionEditor;
import org.fulcrum.ui.internal.editors.ProgramSessionEditor;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.results.ResultsPart;
import org.fulcrum.ui.internal.wizards.ImportKind;
import org.fulcrum.ui.internal.wizards.ImportWizard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes the screenshots in docs/screenshots with ImageMagick's {@code import -window root}:
 * runs only when the system property {@code fulcrum.screenshots} names a folder
 * (releng/scripts/screenshots.sh sets it and runs it on a fresh Xvfb display).
 */
class ScreenshotTour {

	@TempDir
	Path folder;

	@Test
	void mainScreens() throws Exception {
		String target = System.getProperty("fulcrum.screenshots", "");
		Assumptions.assumeFalse(target.isBlank(), "screenshots are taken only by releng/scripts/screenshots.sh");
		Path out = Files.createDirectories(Path.of(target));
		Path file = folder.resolve("nordlicht-2026.fulcrum");
		Engagement demo = DemoEngagement.create(DemoFiles.SEED);
		DemoCoaching.addTo(demo);
		addCoachingAndIssues(demo);
		new EngagementStore().create(file, demo).close();
		new EngagementStore().create(folder.resolve("acme-emea-2027.fulcrum"), DemoEngagement.create(7)).close();

		TestWorkbench bench = TestWorkbench.showing(folder);
		Shell shell = (Shell) bench.window.getWidget();
		shell.setBounds(0, 0, 1600, 1000);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		Engagement engagement = session.engagement();
		Assessment assessment = engagement.getAssessments().get(3);
		PartnerManager participant = assessment.getSubject();
		Editors editors = Editors.in(bench.window.getContext());

		editors.open(session, participant);
		ResultsPart results = bench.part("org.fulcrum.ui.part.results", ResultsPart.class);
		bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.viewer().expandToLevel(3);
		navigator.viewer().setSelection(new StructuredSelection(participant), true);
		bench.waitFor("results", () -> results.table().getTable().getItemCount() > 0);
		shoot(bench, out.resolve("workbench.png"));

		editors.open(session, assessment);
		bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.viewer().setSelection(new StructuredSelection(assessment), true);
		bench.spin();
		shoot(bench, out.resolve("assessment-and-results.png"));

		editors.open(session, engagement.getPlans().get(0));
		shoot(bench, out.resolve("development-plan.png"));

		MPart call = editors.open(session, engagement.getPrograms().get(0).getSessions().get(0));
		bench.spin();
		((ProgramSessionEditor) call.getObject()).revealReview();
		shoot(bench, out.resolve("coaching-session.png"));

		MPart partnerSession = editors.open(session, engagement.getPartnerSessions().get(0));
		shoot(bench, out.resolve("partner-coaching-session.png"));
		((PartnerSessionEditor) partnerSession.getObject()).revealReview();
		shoot(bench, out.resolve("partner-coaching-review.png"));

		MPart issueEditor = editors.open(session, engagement.getIssues().get(0));
		shoot(bench, out.resolve("partner-issue.png"));
		((PartnerIssueEditor) issueEditor.getObject()).revealPartnerView();
		shoot(bench, out.resolve("partner-issue-partner-view.png"));

		MPart engagementEditor = editors.open(session, engagement);
		((EngagementEditor) engagementEditor.getObject()).revealEscalationPath();
		shoot(bench, out.resolve("escalation-path.png"));
		CoachingProgram coached = engagement.getPrograms().stream().filter(p -> p.getTemplate() != null).findFirst().orElseThrow();
		editors.open(session, coached);
		ProgramForm programForm = ((EngagementEditor) engagementEditor.getObject()).programs();
		// the program form is wide: the editors' stack maximized, as a double-click on its tab does
		MPartStack editorStack = (MPartStack) bench.application.getContext().get(EModelService.class).find(Editors.STACK,
				bench.application);
		editorStack.getTags().add(IPresentationEngine.MAXIMIZED);
		shoot(bench, out.resolve("coaching-program.png"));
		programForm.sessions().setSelection(new StructuredSelection(coached.getSessions().get(4)));
		programForm.revealAgenda();
		shoot(bench, out.resolve("coaching-program-calls.png"));
		editorStack.getTags().remove(IPresentationEngine.MAXIMIZED);

		Path bad = folder.resolve("new-participants.csv");
		Files.writeString(bad, "id,name,email\nP-ada,Ada Lovelace,ada@example.com\nP-bob,,bob(at)example.com\nP-ada,Ada Byron,ada.byron@example.com\n");
		ImportWizard wizard = new ImportWizard(session);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setBounds(420, 220, 760, 520);
		wizard.sourcePage().choose(ImportKind.PARTICIPANTS, bad);
		dialog.showPage(wizard.checkPage());
		bench.spin();
		shoot(bench, out.resolve("import-wizard-errors.png"));
		dialog.close();
		bench.spin();
	}

	private static void shoot(TestWorkbench bench, Path png) throws IOException, InterruptedException {
		for (int i = 0; i < 20; i++) {
			bench.spin();
			Thread.sleep(50);
		}
		Process importer = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
		assertEquals(0, importer.waitFor(), "ImageMagick's import wrote " + png);
	}

	/** A partner manager's opportunity review with a partner: questions of each kind, options, actions, a stance, a pre-filled review. */
	private static PartnerCoachingSession partnerSession(Engagement engagement, PartnerManager participant) {
		FulcrumFactory model = FulcrumFactory.eINSTANCE;
		PartnerCoachingSession session = model.createPartnerCoachingSession();
		session.setId("PS-" + participant.getId() + "-2026-11-12-kovo");
		session.setPartnerManager(participant);
		PartnerOrganization partner = participant.getManages().isEmpty() ? engagement.getPartners().get(0) : participant.getManages().get(0);
		session.setPartner(partner);
		engagement.getPeople().stream().filter(p -> partner.getName().equals(p.getOrganization())).findFirst()
				.ifPresent(session.getCoachees()::add);
		session.setKind(PartnerSessionKind.OPPORTUNITY_REVIEW);
		session.setDate(LocalDate.of(2026, 11, 12));
		session.setDurationMinutes(35);
		session.setTopic("The Kovo renewal at risk");
		session.setSituation("Kovo's renewal is due in three weeks and their IT lead has asked a competitor for a quote.");
		session.setPartnerGoal(partner.getGoals().isEmpty() ? "Keep renewal rate above 92%" : partner.getGoals().get(0));
		String[][] asked = { { "open", "What does keeping Kovo mean for your services team this year?" },
				{ "open", "What have you heard from their IT lead so far?" }, { "multipleChoice", "Will you discount, bundle, or walk away?" },
				{ "closed", "So you'll call them on Tuesday?" } };
		for (String[] q : asked) {
			Question question = model.createQuestion();
			question.setText(q[1]);
			Questions.setKind(question, QuestionKind.get(q[0]));
			session.getQuestions().add(question);
		}
		String[][] raised = { { "coach", "A joint workshop with their IT lead" }, { "partner", "Bring our pre-sales consultant" },
				{ "partner", "Offer a paid pilot on one site" } };
		for (String[] o : raised) {
			ActionOption option = model.createActionOption();
			option.setSource(OptionSource.get(o[0]));
			option.setText(o[1]);
			session.getOptions().add(option);
		}
		Action theirs = model.createAction();
		theirs.setId(session.getId() + "-A1");
		theirs.setWhat("Send Kovo the reworked proposal framed on the renewal date");
		theirs.setMeasure("Proposal sent, Kovo's reply logged");
		theirs.setDueDate(LocalDate.of(2026, 11, 19));
		theirs.setOwner(session.getCoachees().isEmpty() ? participant : session.getCoachees().get(0));
		Action support = model.createAction();
		support.setId(session.getId() + "-A2");
		support.setWhat("Get the partner a named pre-sales engineer for the pilot");
		support.setMeasure("Engineer named to the partner by e-mail");
		support.setDueDate(LocalDate.of(2026, 11, 16));
		support.setOwner(participant);
		support.setSupport(true);
		session.getActions().addAll(List.of(theirs, support));
		session.setObservedStance(Stance.COACH);
		PartnerSessions.prefill(session);
		return session;
	}

	/** A plan with one action that is not SMART, a coaching program with two sessions, and a partner issue with its timeline. */
	private static void addCoachingAndIssues(Engagement engagement) {
		FulcrumFactory model = FulcrumFactory.eINSTANCE;
		Assessment assessment = engagement.getAssessments().get(3);
		PartnerManager participant = assessment.getSubject();
		Dimension trait = null;
		for (var all = assessment.getInstrument().eAllContents(); all.hasNext();) {
			if (all.next() instanceof Dimension d && d.getKind() == DimensionKind.TRAIT && trait == null) {
				trait = d;
			}
		}
		DevelopmentPlan plan = model.createDevelopmentPlan();
		plan.setId("plan-" + participant.getId());
		plan.setParticipant(participant);
		plan.setBasedOn(assessment);
		plan.setStart(LocalDate.of(2026, 11, 2));
		plan.setStatus(PlanStatus.DRAFT);
		FocusArea focus = model.createFocusArea();
		focus.setTrait(trait);
		focus.setRationale("Others rate this lower than " + participant.getName() + " does.");
		Goal goal = model.createGoal();
		goal.setId("goal-1");
		goal.setStatement("I want partners to feel heard before I propose a solution.");
		Action measured = model.createAction();
		measured.setId("action-1");
		measured.setWhat("Summarise the partner's concern back before answering, in every QBR");
		measured.setMeasure("Partner confirms the summary in 4 of 5 QBRs");
		measured.setDueDate(LocalDate.of(2027, 1, 31));
		measured.setOwner(participant);
		Action vague = model.createAction();
		vague.setId("action-2");
		vague.setWhat("Be more patient with partners");
		goal.getActions().add(measured);
		goal.getActions().add(vague);
		focus.getGoals().add(goal);
		plan.getFocusAreas().add(focus);
		engagement.getPlans().add(0, plan);

		CoachingProgram program = model.createCoachingProgram();
		program.setId("program-" + participant.getId());
		program.setName("Workshop and six calls");
		program.setParticipant(participant);
		for (int i = 1; i <= 2; i++) {
			CoachingSession call = model.createCoachingSession();
			call.setId("session-" + i);
			call.setFormat(i == 1 ? SessionFormat.WORKSHOP : SessionFormat.VIDEO);
			call.setStatus(i == 1 ? SessionStatus.HELD : SessionStatus.PLANNED);
			call.setDate(LocalDate.of(2026, 11, 9).plusWeeks(2L * (i - 1)));
			call.setDurationMinutes(i == 1 ? 180 : 30);
			call.setTopic(i == 1 ? "Listening before proposing" : "The escalation with Baltic Systems");
			call.setGoal(goal);
			call.setSituation("A partner escalated a rejected deal registration to the channel director.");
			Question question = model.createQuestion();
			question.setText("What would the partner say you did well in that call?");
			question.setOpen(true);
			call.getQuestions().add(question);
			// only the text's pairs, each side by itself (a do and its don't may both be seen)
			for (String[] rule : new String[][] { { "open-questions", "do" }, { "options-from-partner", "dont" },
					{ "smart-actions", "do" } }) {
				ChecklistEntry entry = model.createChecklistEntry();
				entry.setRule(rule[0]);
				entry.setKind(ChecklistKind.get(rule[1]));
				entry.setObserved(i == 1);
				call.getReview().add(entry);
			}
			program.getSessions().add(call);
		}
		engagement.getPrograms().add(0, program);
		engagement.getPartnerSessions().add(0, partnerSession(engagement, participant));

		PartnerIssue issue = model.createPartnerIssue();
		issue.setId("ISS-0042");
		issue.setTitle("Deal registration rejected twice");
		issue.setDescription("The partner's registration for a 40-seat deal was rejected twice without a reason.");
		issue.setPartner(engagement.getPartners().get(0));
		issue.setPriority(Priority.P2);
		issue.setStatus(IssueStatus.NEW);
		issue.setOwner(participant);
		issue.setCategory("deal registration");
		issue.setChannel(IssueChannel.PHONE);
		// a timeline as the issues workflow writes it: shared updates and status changes beside an internal note
		Instant raised = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		issue.setOpened(Date.from(raised));
		String owner = participant.getName();
		IssueWorkflow.move(issue, IssueStatus.TRIAGED, raised.plus(Duration.ofHours(2)), owner);
		IssueWorkflow.update(issue, raised.plus(Duration.ofHours(3)), owner,
				"Called the partner; the registration desk re-checks the deal today.", true);
		IssueWorkflow.update(issue, raised.plus(Duration.ofHours(4)), owner,
				"Internal: second rejection came from the new desk rules; ask channel ops before promising anything.", false);
		IssueWorkflow.commit(issue, "Registration decision from the desk", LocalDate.ofInstant(raised, ZoneOffset.UTC).plusDays(2),
				raised.plus(Duration.ofHours(5)), owner);
		IssueWorkflow.move(issue, IssueStatus.IN_PROGRESS, raised.plus(Duration.ofHours(26)), owner);
		engagement.getIssues().add(0, issue);
		// partner support owns the resolution, by name; the partner manager stays the contact
		Person support = engagement.getPeople().stream().filter(p -> "sup-marin".equals(p.getId())).findFirst().orElseGet(() -> {
			Person named = model.createPerson();
			named.setId("sup-marin");
			named.setName("Sofia Marín");
			named.setTitle("Partner Support Lead");
			engagement.getPeople().add(named);
			return named;
		});
		List<Person> partnerSupport = new java.util.ArrayList<>(EscalationPath.people(engagement, EscalationLevel.PARTNER_SUPPORT));
		if (!partnerSupport.contains(support)) {
			partnerSupport.add(0, support);
			EscalationPath.set(engagement, EscalationLevel.PARTNER_SUPPORT, partnerSupport);
		}
		Ownership.assign(engagement, issue, support, raised.plus(Duration.ofHours(1)), owner);
	}
}

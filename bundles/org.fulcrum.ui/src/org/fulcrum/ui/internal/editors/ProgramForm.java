package org.fulcrum.ui.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.coaching.CallDebrief;
import org.fulcrum.coaching.Debriefs;
import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.coaching.Workshops;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.model.Action;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.Person;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.ui.internal.edit.RecordedChange;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.forms.ActionTable;
import org.fulcrum.ui.internal.forms.Cells;
import org.fulcrum.ui.internal.forms.CoachingColumns;
import org.fulcrum.ui.internal.forms.Fields;
import org.fulcrum.ui.internal.forms.FormSection;
import org.fulcrum.ui.internal.forms.Lists;
import org.fulcrum.ui.internal.forms.ScrolledForm;
import org.fulcrum.ui.internal.session.Session;

/**
 * A partner manager's coaching program (manager-to-coach.txt): for the coachee chosen by id, the program
 * applied from an installed template ({@code org.fulcrum.coaching.programs}), the manager's agreement,
 * the workshop and the calls with the agenda each draws from the partner coaching sessions logged since
 * the session before it, the coachee's SMART actions, their partner coaching sessions with stance and
 * review, and their coaching call by call. Every change is a command on the engagement's stack; an id
 * the engagement does not know is refused by name and changes nothing; the program's validation
 * problems (the same as {@code ./fulcrum validate}) head the form.
 */
public final class ProgramForm {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;
	private static final String SEPARATOR = " — ";

	private final Engagement engagement;
	private final EditingDomain domain;
	private final Session session;
	private final Consumer<EObject> open;
	private final ScrolledForm form;
	private final Combo coacheeChoice;
	private final Label coacheeName;
	private final Combo templateChoice;
	private final Text startField;
	private final Spinner every;
	private final Text coachId;
	private final Button apply;
	private final Label feedback;
	private final Label problems;
	private final Composite programArea;
	private final List<ProgramTemplate> templates;

	private PartnerManager coachee;
	private CoachingProgram program;
	private Combo programChoice;
	private Text programCoach;
	private Label programCoachName;
	private TableViewer sessions;
	private Label agendaTitle;
	private TableViewer agenda;
	private ActionTable actions;
	private TableViewer partnerSessions;
	private Button logButton;
	private TableViewer calls;

	ProgramForm(Composite parent, Engagement engagement, Session session, Consumer<EObject> open) {
		this.engagement = engagement;
		this.session = session;
		this.domain = session.editingDomain();
		this.open = open;
		this.templates = ProgramTemplates.installed().all();
		form = new ScrolledForm(parent);
		Composite head = FormSection.create(form.content(), "Coachee and program", "Choose the partner manager to coach by id (or from "
				+ "the list); apply a program from an installed template on the schedule you set: the workshop on the start date, "
				+ "then the calls every so many days, weekends moved to Monday.", 4);
		FormSection.label(head, "Coachee");
		coacheeChoice = new Combo(head, SWT.DROP_DOWN);
		coacheeChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		coacheeChoice.addListener(SWT.Selection, e -> chooseCoachee(coacheeChoice.getText()));
		coacheeChoice.addListener(SWT.DefaultSelection, e -> chooseCoachee(coacheeChoice.getText()));
		coacheeChoice.addListener(SWT.FocusIn, e -> listCoachees());
		coacheeName = new Label(head, SWT.NONE);
		coacheeName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		templateChoice = Fields.combo(head, "Program template");
		templates.forEach(t -> templateChoice.add(t.name()));
		FormSection.label(head, "Start (YYYY-MM-DD)");
		startField = new Text(head, SWT.BORDER);
		startField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		startField.setText(LocalDate.now().toString());
		FormSection.label(head, "Every (days)");
		every = new Spinner(head, SWT.BORDER);
		every.setMinimum(1);
		every.setMaximum(90);
		FormSection.label(head, "Coach (person id)");
		coachId = new Text(head, SWT.BORDER);
		coachId.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		templateChoice.addListener(SWT.Selection, e -> template().ifPresent(t -> every.setSelection(t.intervalDays())));
		if (!templates.isEmpty()) {
			templateChoice.select(0);
			every.setSelection(templates.get(0).intervalDays());
		}
		Composite row = Lists.buttons(head);
		((GridData) row.getLayoutData()).horizontalSpan = 4;
		apply = Lists.button(row, "Apply program", this::applyProgram);
		feedback = FormSection.hint(head, "", 4);
		feedback.setForeground(head.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		problems = FormSection.hint(head, "", 4);
		problems.setForeground(head.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		programArea = new Composite(form.content(), SWT.NONE);
		programArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		programArea.setLayout(layout);
		listCoachees();
		engagement.getPrograms().stream().map(CoachingProgram::getParticipant).findFirst().ifPresent(this::show);
		form.reflow();
	}

	Control control() {
		return form.control();
	}

	/** Shows the coachee's program (the first when they have several), as choosing them by id does. */
	public void show(PartnerManager manager) {
		coachee = manager;
		program = programsOf(manager).stream().findFirst().orElse(null);
		coacheeChoice.setText(label(manager));
		feedback.setText("");
		rebuild();
	}

	/** Shows a program: its coachee and it. */
	public void show(CoachingProgram shown) {
		show(shown.getParticipant());
		if (programsOf(coachee).contains(shown) && program != shown) {
			program = shown;
			rebuild();
		}
	}

	void refresh() {
		if (form.control().isDisposed()) {
			return;
		}
		listCoachees();
		if (coachee != null && !engagement.getPeople().contains(coachee)) {
			coachee = null;
			program = null;
			rebuild();
			return;
		}
		List<CoachingProgram> now = coachee == null ? List.of() : programsOf(coachee);
		if (program == null ? !now.isEmpty() : !now.contains(program)) {
			program = now.stream().findFirst().orElse(null);
			rebuild();
			return;
		}
		showTables();
	}

	// --- the coachee and applying a program

	private void listCoachees() {
		List<String> items = partnerManagers().stream().map(ProgramForm::label).toList();
		if (!items.equals(List.of(coacheeChoice.getItems()))) {
			String typed = coacheeChoice.getText();
			coacheeChoice.setItems(items.toArray(String[]::new));
			coacheeChoice.setText(typed);
		}
	}

	private void chooseCoachee(String typed) {
		String id = typed.contains(SEPARATOR) ? typed.substring(0, typed.indexOf(SEPARATOR)) : typed;
		Optional<PartnerManager> found = partnerManagers().stream().filter(p -> id.strip().equals(p.getId())).findFirst();
		if (found.isEmpty()) {
			say("Coachee: the engagement has no partner manager '" + id.strip() + "'; nothing changed");
			return;
		}
		if (found.get() != coachee) {
			show(found.get());
		} else {
			coacheeChoice.setText(label(coachee));
			say("");
		}
	}

	private void applyProgram() {
		if (coachee == null) {
			say("Choose the coachee first; nothing changed");
			return;
		}
		Optional<ProgramTemplate> template = template();
		if (template.isEmpty()) {
			say("No program template is installed (extension point org.fulcrum.coaching.programs); nothing changed");
			return;
		}
		LocalDate from;
		try {
			from = LocalDate.parse(startField.getText().strip());
		} catch (DateTimeParseException e) {
			say("Start: '" + startField.getText().strip() + "' is not a date (YYYY-MM-DD); nothing changed");
			return;
		}
		Optional<Person> coach = person(coachId.getText(), "Coach");
		if (coach == null) {
			return;
		}
		if (Programs.existing(engagement, template.get(), coachee).isPresent()) {
			say(coachee.getName() + " already has a " + template.get().name() + " program; edit it below. Nothing changed");
			return;
		}
		say("");
		int days = every.getSelection();
		RecordedChange change = RecordedChange.record(engagement, "Apply " + template.get().name() + " for " + coachee.getName(),
				() -> Programs.apply(engagement, template.get(), coachee, coach.orElse(null), from, days));
		domain.getCommandStack().execute(change);
		program = Programs.existing(engagement, template.get(), coachee).orElse(program);
		rebuild();
	}

	/**
	 * The person with the id typed in {@code field}: empty for no text, null (and says so) when the
	 * engagement has nobody of that id.
	 */
	private Optional<Person> person(String typed, String field) {
		String id = typed.strip();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Optional<Person> found = engagement.getPeople().stream().filter(p -> id.equals(p.getId())).findFirst();
		if (found.isEmpty()) {
			say(field + ": the engagement has no person '" + id + "'; nothing changed");
			return null;
		}
		return found;
	}

	private Optional<ProgramTemplate> template() {
		int index = templateChoice.getSelectionIndex();
		return index < 0 || index >= templates.size() ? Optional.empty() : Optional.of(templates.get(index));
	}

	// --- the program

	private void rebuild() {
		for (Control child : programArea.getChildren()) {
			child.dispose();
		}
		programChoice = null;
		programCoach = null;
		sessions = null;
		agenda = null;
		actions = null;
		partnerSessions = null;
		calls = null;
		coacheeName.setText(coachee == null ? "" : coachee.getName() + (programsOf(coachee).isEmpty() ? ": no program yet" : ""));
		if (coachee != null && program != null) {
			programSections();
		}
		if (coachee != null) {
			partnerSessionSection();
		}
		if (program != null) {
			Composite overTime = FormSection.create(programArea, "Coaching call by call", "How " + coachee.getName()
					+ " coached partners, as each call of the program debriefed it: the share of open questions, of options "
					+ "from the partner and of actions the partner owns, and the stances.", 1);
			calls = Lists.table(overTime, 7);
			CoachingColumns.calls(calls);
		}
		showTables();
		programArea.layout(true, true);
		form.reflow();
	}

	private void programSections() {
		List<CoachingProgram> all = programsOf(coachee);
		Composite agreement = FormSection.create(programArea, "Agreement", "manager-to-coach.txt: be clear on the new expectations "
				+ "and set the parameters around metrics and accountability; the calls revisit them.", 4);
		if (all.size() > 1) {
			programChoice = Fields.combo(agreement, "Program");
			all.forEach(p -> programChoice.add(p.getName() == null ? p.getId() : p.getName()));
			programChoice.select(all.indexOf(program));
			programChoice.addListener(SWT.Selection, e -> {
				program = all.get(programChoice.getSelectionIndex());
				rebuild();
			});
			new Label(agreement, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
		FormSection.label(agreement, "Coach (person id)");
		programCoach = new Text(agreement, SWT.BORDER);
		programCoach.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		programCoachName = new Label(agreement, SWT.NONE);
		programCoachName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		programCoach.addListener(SWT.DefaultSelection, e -> setCoach(programCoach.getText()));
		Fields.text(agreement, "Expectations", domain, program, MODEL.getCoachingProgram_Expectations(), 3, 3);
		Fields.text(agreement, "Metrics and accountability", domain, program, MODEL.getCoachingProgram_Accountability(), 3, 3);

		Composite plan = FormSection.create(programArea, "Workshop and calls", "The program's sessions: date, status and what each "
				+ "call's agenda draws from the partner coaching sessions logged since the session before it. Select a call for its "
				+ "agenda; double-click opens the session's form.", 1);
		sessions = Lists.table(plan, 7);
		Cells.column(sessions, "#", 30, e -> String.valueOf(program.getSessions().indexOf(e) + 1));
		Cells.choice(sessions, "Format", 90, domain, MODEL.getCoachingSession_Format(), () -> SessionFormat.VALUES, SessionFormat::getLiteral);
		Cells.text(sessions, "Date", 90, domain, MODEL.getCoachingSession_Date());
		Cells.choice(sessions, "Status", 80, domain, MODEL.getCoachingSession_Status(), () -> SessionStatus.VALUES, SessionStatus::getLiteral);
		Cells.text(sessions, "Minutes", 60, domain, MODEL.getCoachingSession_DurationMinutes());
		Cells.text(sessions, "Topic", 330, domain, MODEL.getCoachingSession_Topic());
		Cells.column(sessions, "Agenda: partner sessions to debrief", 420, e -> agendaLine((CoachingSession) e));
		sessions.setInput(program.getSessions());
		sessions.addSelectionChangedListener(e -> showAgenda());
		sessions.addDoubleClickListener(e -> {
			if (sessions.getStructuredSelection().getFirstElement() instanceof CoachingSession chosen) {
				open.accept(chosen);
			}
		});
		nextCall().ifPresent(c -> sessions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(c)));
		Composite debrief = FormSection.create(programArea, "Agenda of the selected call", "The partner coaching sessions the call "
				+ "debriefs, with the stance and the review of each; double-click opens one.", 1);
		agendaTitle = new Label(debrief, SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = 600;
		agendaTitle.setLayoutData(wrap);
		agenda = Lists.table(debrief, 4);
		CoachingColumns.partnerSessions(agenda);
		agenda.addDoubleClickListener(e -> openSelected(agenda));

		Composite agreed = FormSection.create(programArea, "The coachee's actions", "SMART actions agreed on the program's sessions, "
				+ "owned by the coachee; the coach owns only support they owe. Add puts an action on the selected session.", 1);
		actions = ActionTable.gathered(agreed, domain, this::programActions, a -> where(a), this::selectedSession,
				MODEL.getCoachingSession_Actions(), () -> engagement.getPeople(), () -> coachee,
				() -> selectedSession() == null || selectedSession().getDate() == null ? null
						: selectedSession().getDate().plusWeeks(2));
	}

	private void partnerSessionSection() {
		Composite logged = FormSection.create(programArea, "Partner coaching sessions", coachee.getName() + "'s own coaching of "
				+ "partners (kind, stance, the review against the do's and don'ts); double-click opens one, Log adds one for today.", 1);
		partnerSessions = Lists.table(logged, 6);
		CoachingColumns.partnerSessions(partnerSessions);
		partnerSessions.addDoubleClickListener(e -> openSelected(partnerSessions));
		logButton = Lists.button(Lists.buttons(logged), "Log partner session", this::logPartnerSession);
	}

	private void setCoach(String typed) {
		Optional<Person> coach = person(typed, "Coach");
		if (coach == null) {
			return;
		}
		say("");
		if (program.getCoach() != coach.orElse(null)) {
			domain.getCommandStack().execute(SetCommand.create(domain, program, MODEL.getCoachingProgram_Coach(), coach.orElse(null)));
		} else {
			showTables();
		}
	}

	private void logPartnerSession() {
		PartnerCoachingSession logged = FulcrumFactory.eINSTANCE.createPartnerCoachingSession();
		LocalDate today = LocalDate.now();
		String id = "PS-" + coachee.getId() + "-" + today;
		String unique = id;
		for (int n = 2; exists(unique); n++) {
			unique = id + "-" + n;
		}
		logged.setId(unique);
		logged.setPartnerManager(coachee);
		logged.setPartner(coachee.getManages().isEmpty() ? null : coachee.getManages().get(0));
		logged.setKind(PartnerSessionKind.OPPORTUNITY_REVIEW);
		logged.setDate(today);
		Lists.add(domain, engagement, MODEL.getEngagement_PartnerSessions(), logged);
	}

	private boolean exists(String id) {
		for (var all = engagement.eAllContents(); all.hasNext();) {
			if (all.next() instanceof org.fulcrum.model.Identified identified && id.equals(identified.getId())) {
				return true;
			}
		}
		return false;
	}

	private void showTables() {
		if (programCoach != null && !programCoach.isDisposed()) {
			programCoach.setText(program.getCoach() == null ? "" : program.getCoach().getId());
			programCoachName.setText(program.getCoach() == null ? "(no coach named)" : program.getCoach().getName());
		}
		if (sessions != null) {
			sessions.refresh();
			showAgenda();
		}
		if (actions != null) {
			actions.refresh();
		}
		if (partnerSessions != null) {
			partnerSessions.setInput(engagement.getPartnerSessions().stream().filter(s -> s.getPartnerManager() == coachee)
					.sorted(Comparator.comparing(PartnerCoachingSession::getDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList());
		}
		if (calls != null) {
			calls.setInput(Debriefs.calls(engagement, program));
		}
		validate();
		form.reflow();
	}

	private void showAgenda() {
		if (agenda == null || agenda.getControl().isDisposed()) {
			return;
		}
		CoachingSession chosen = selectedSession();
		CallDebrief debrief = chosen == null ? null : Debriefs.of(engagement, chosen);
		if (chosen == null) {
			agendaTitle.setText("Select a call above.");
		} else if (debrief == null) {
			agendaTitle.setText(chosen.getFormat() == SessionFormat.WORKSHOP ? workshop(chosen) + ": " + chosen.getTopic()
					: "This session is cancelled or has no date: it debriefs nothing.");
		} else {
			agendaTitle.setText("Call " + debrief.number() + " on " + debrief.upTo() + " debriefs the partner sessions logged "
					+ (debrief.after() == null ? "" : "after " + debrief.after() + " ") + "up to its day: "
					+ CoachingColumns.agenda(debrief) + ".");
		}
		agenda.setInput(debrief == null ? List.of() : debrief.sessions());
	}

	private String agendaLine(CoachingSession call) {
		if (call.getFormat() == SessionFormat.WORKSHOP) {
			return workshop(call);
		}
		CallDebrief debrief = Debriefs.of(engagement, call);
		return debrief == null ? "" : CoachingColumns.agenda(debrief);
	}

	/**
	 * The program's own problems in full (at most eight, the rest counted), then how many the coachee's
	 * partner sessions have: their own forms list those.
	 */
	/** The workshop is one day for several managers: who attends it with the coachee. */
	private String workshop(CoachingSession session) {
		return Workshops.of(engagement, session).map(w -> "The workshop on " + w.date() + (w.managers().size() == 1 ? ", for "
				+ coachee.getName() + " alone" : " for " + w.managers().size() + " managers: " + w.managers().stream()
						.map(PartnerManager::getName).collect(Collectors.joining(", ")))).orElse("The workshop (cancelled or undated)");
	}

	private void validate() {
		session.findings().withValue(found -> UiThread.async(problems, () -> {
			List<String> own = found.stream().filter(p -> p.element() != null && program != null && EcoreUtil.isAncestor(program, p.element()))
					.map(p -> p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message()).toList();
			List<Problem> logged = found.stream().filter(p -> p.element() != null && ofCoacheesPartnerSession(p.element())).toList();
			StringBuilder text = new StringBuilder(own.stream().limit(8).collect(Collectors.joining("\n")));
			if (own.size() > 8) {
				text.append("\n… and ").append(own.size() - 8).append(" more in the Problems view");
			}
			if (!logged.isEmpty()) {
				long errors = logged.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
				text.append(text.isEmpty() ? "" : "\n").append(coachee.getName()).append("'s partner sessions: ")
						.append(errors).append(errors == 1 ? " error, " : " errors, ").append(logged.size() - errors)
						.append(logged.size() - errors == 1 ? " warning" : " warnings").append(" (each session's form lists its own)");
			}
			problems.setText(text.toString());
			form.reflow();
		}));
	}

	private boolean ofCoacheesPartnerSession(EObject element) {
		for (EObject o = element; o != null; o = o.eContainer()) {
			if (o instanceof PartnerCoachingSession logged) {
				return coachee != null && logged.getPartnerManager() == coachee;
			}
		}
		return false;
	}

	private List<Action> programActions() {
		List<Action> all = new ArrayList<>();
		program.getSessions().forEach(s -> all.addAll(s.getActions()));
		return all;
	}

	private String where(Action action) {
		CoachingSession on = (CoachingSession) action.eContainer();
		return on == null ? "" : "#" + (program.getSessions().indexOf(on) + 1) + " · " + on.getDate();
	}

	private CoachingSession selectedSession() {
		return sessions == null || sessions.getControl().isDisposed() ? null
				: (CoachingSession) sessions.getStructuredSelection().getFirstElement();
	}

	/** The first call still planned, else the last session: what the consultant prepares next. */
	private Optional<CoachingSession> nextCall() {
		return program.getSessions().stream().filter(s -> s.getFormat() != SessionFormat.WORKSHOP && s.getStatus() == SessionStatus.PLANNED)
				.findFirst().or(() -> program.getSessions().isEmpty() ? Optional.empty()
						: Optional.of(program.getSessions().get(program.getSessions().size() - 1)));
	}

	private void openSelected(TableViewer viewer) {
		if (viewer.getStructuredSelection().getFirstElement() instanceof EObject chosen) {
			open.accept(chosen);
		}
	}

	private void say(String text) {
		feedback.setText(text);
		form.reflow();
	}

	private List<PartnerManager> partnerManagers() {
		return engagement.getPeople().stream().filter(PartnerManager.class::isInstance).map(PartnerManager.class::cast).toList();
	}

	private List<CoachingProgram> programsOf(PartnerManager manager) {
		return engagement.getPrograms().stream().filter(p -> p.getParticipant() == manager).toList();
	}

	private static String label(PartnerManager manager) {
		return manager.getId() + SEPARATOR + manager.getName();
	}

	// --- for tests and the screenshot tour

	/** The coachee field: an id typed and Enter, or an entry of its list. */
	public Combo coachee() {
		return coacheeChoice;
	}

	public Combo templateChoice() {
		return templateChoice;
	}

	public Text start() {
		return startField;
	}

	public Spinner every() {
		return every;
	}

	public Text coachId() {
		return coachId;
	}

	public Button applyButton() {
		return apply;
	}

	/** The last refusal, empty when the last change was applied. */
	public String feedback() {
		return feedback.getText();
	}

	public String problemsText() {
		return problems.getText();
	}

	public CoachingProgram program() {
		return program;
	}

	/** The program's coach field (person id, Enter applies); null without a program. */
	public Text programCoach() {
		return programCoach;
	}

	public TableViewer sessions() {
		return sessions;
	}

	public String agendaTitle() {
		return agendaTitle == null ? "" : agendaTitle.getText();
	}

	public TableViewer agenda() {
		return agenda;
	}

	public ActionTable actions() {
		return actions;
	}

	public TableViewer partnerSessions() {
		return partnerSessions;
	}

	public TableViewer calls() {
		return calls;
	}

	/** Logs a partner coaching session of the coachee for today; null without a coachee. */
	public Button logPartnerSessionButton() {
		return logButton;
	}

	/** Scrolls so that the agenda of the selected call is at the top, the sections after it below. */
	public void revealAgenda() {
		if (agenda != null && !agenda.getControl().isDisposed()) {
			form.reflow();
			Composite section = agenda.getControl().getParent().getParent();
			form.control().setOrigin(0, programArea.getLocation().y + section.getLocation().y);
		}
	}
}

package org.fulcrum.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.PartnerSessionSignals;
import org.fulcrum.coaching.PartnerSessions;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.Person;
import org.fulcrum.ui.internal.edit.FeatureCombo;
import org.fulcrum.ui.internal.edit.ReferenceCombo;
import org.fulcrum.ui.internal.edit.RecordedChange;
import org.fulcrum.ui.internal.forms.ActionTable;
import org.fulcrum.ui.internal.forms.ChecklistToggles;
import org.fulcrum.ui.internal.forms.Fields;
import org.fulcrum.ui.internal.forms.FormSection;
import org.fulcrum.ui.internal.forms.Lists;
import org.fulcrum.ui.internal.forms.OptionList;
import org.fulcrum.ui.internal.forms.QuestionList;
import org.fulcrum.ui.internal.forms.StanceChoice;

/**
 * The form of a partner coaching session (a partner manager coaching a partner's people): what it
 * was, the situation statement and the partner's goal, the questions and options as lists, the
 * agreed actions with their SMART findings, the stance, and the review as toggles of the text's
 * eleven pairs. Every change is a command on the engagement's stack.
 */
public final class PartnerSessionEditor extends FormEditor {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private PartnerCoachingSession session;
	private QuestionList questions;
	private OptionList options;
	private ActionTable actions;
	private StanceChoice stance;
	private ChecklistToggles checklist;
	private Composite review;
	private Label signals;

	@Inject
	public PartnerSessionEditor(EditorSupport support) {
		super(support);
	}

	@Override
	protected void sections(Composite page) {
		session = (PartnerCoachingSession) object();
		EditingDomain domain = session().editingDomain();
		Composite what = FormSection.create(page, "Session", "Who coached which partner, when, for how long and on what: one specific "
				+ "topic in a short session.", 4);
		ReferenceCombo.bind(Fields.combo(what, "Partner manager"), domain, session, MODEL.getPartnerCoachingSession_PartnerManager(),
				() -> session().engagement().getPeople().stream().filter(PartnerManager.class::isInstance).map(PartnerManager.class::cast)
						.toList(), Person::getName);
		ReferenceCombo.bind(Fields.combo(what, "Partner"), domain, session, MODEL.getPartnerCoachingSession_Partner(),
				() -> session().engagement().getPartners(), PartnerOrganization::getName);
		Combo kind = Fields.combo(what, "Kind");
		FeatureCombo.bind(kind, domain, session, MODEL.getPartnerCoachingSession_Kind(),
				e -> CoachingLabels.kind((PartnerSessionKind) e));
		Fields.text(what, "Date", domain, session, MODEL.getPartnerCoachingSession_Date(), 1, 1);
		Fields.text(what, "Minutes", domain, session, MODEL.getPartnerCoachingSession_DurationMinutes(), 1, 1);
		Fields.text(what, "Topic", domain, session, MODEL.getPartnerCoachingSession_Topic(), 1, 1);

		Composite situation = FormSection.create(page, "Situation and the partner's goal", "State the performance situation clearly "
				+ "and briefly, prepared in advance; coach on what is directly relevant to the partner's goals.", 2);
		Fields.text(situation, "Situation statement", domain, session, MODEL.getPartnerCoachingSession_Situation(), 3, 1);
		Fields.text(situation, "The partner's goal", domain, session, MODEL.getPartnerCoachingSession_PartnerGoal(), 1, 1);
		Label goals = FormSection.hint(situation, "", 2);
		onRefresh(() -> goals.setText(session.getPartner() == null || session.getPartner().getGoals().isEmpty() ? ""
				: "Goals " + session.getPartner().getName() + " has named: " + String.join("; ", session.getPartner().getGoals())));

		Composite asked = FormSection.create(page, "Questions", "Open questions, then listen and reflect; closed ones infrequently, to "
				+ "confirm; no multiple choice where you supply the answers.", 1);
		questions = new QuestionList(asked, domain, session, MODEL.getPartnerCoachingSession_Questions());
		Composite raised = FormSection.create(page, "Options", "Multiple action options from the partner; if you must suggest some to "
				+ "unblock their thinking, move back to asking for more ideas as soon as possible.", 1);
		options = new OptionList(raised, domain, session, MODEL.getPartnerCoachingSession_Options());
		Composite agreed = FormSection.create(page, "Actions", "Specific, measurable, achievable, time-bound actions; problem "
				+ "ownership stays with the partner, and you own only the support you or your company owe.", 1);
		actions = new ActionTable(agreed, domain, session, MODEL.getPartnerCoachingSession_Actions(), this::owners,
				() -> session.getCoachees().isEmpty() ? null : session.getCoachees().get(0),
				() -> session.getDate() == null ? null : session.getDate().plusWeeks(2));

		Composite taken = FormSection.create(page, "Stance", "Which game the partner manager played: coach, or bully (persecutor), "
				+ "victim, rescuer (the drama triangle).", 1);
		stance = new StanceChoice(taken, domain, session, MODEL.getPartnerCoachingSession_ObservedStance());
		review = FormSection.create(page, "Review against the do's and don'ts", "Each do and its don't in the text's words; "
				+ "a session can show both. Pre-fill marks what the record shows and keeps every mark already made.", 2);
		Composite prefillRow = Lists.buttons(review);
		Lists.button(prefillRow, "Pre-fill from the record", this::prefill);
		signals = new Label(prefillRow, org.eclipse.swt.SWT.NONE);
		new Label(review, org.eclipse.swt.SWT.NONE);
		checklist = new ChecklistToggles(review, domain, session, MODEL.getPartnerCoachingSession_Review(),
				() -> session.isSetObservedStance() ? session.getObservedStance() : null);
		onRefresh(() -> {
			questions.viewer().refresh();
			options.viewer().refresh();
			actions.viewer().refresh();
			stance.refresh();
			checklist.refresh();
			signals.setText(signals());
		});
		signals.setText(signals());
	}

	/** Adds the review entries the record can judge, as one undoable command. */
	public void prefill() {
		RecordedChange change = RecordedChange.record(session().engagement(), "Pre-fill the review",
				() -> PartnerSessions.prefill(session));
		if (!change.isEmpty()) {
			session().editingDomain().getCommandStack().execute(change);
		}
	}

	private String signals() {
		PartnerSessionSignals s = PartnerSessions.signals(session);
		Reviews.Outcome outcome = PartnerSessions.outcome(session);
		return "open questions " + CoachingLabels.percent(s.openShare()) + " · options from the partner "
				+ CoachingLabels.percent(s.partnerOptionShare()) + " · actions owned by the partner "
				+ CoachingLabels.percent(s.partnerOwnedShare()) + " · do's met " + outcome.doesMet().size() + ", don'ts "
				+ outcome.dontsOccurred().size();
	}

	private List<Person> owners() {
		List<Person> owners = new ArrayList<>(session.getCoachees());
		if (session.getPartnerManager() != null) {
			owners.add(session.getPartnerManager());
		}
		session().engagement().getPeople().stream().filter(p -> !owners.contains(p)).forEach(owners::add);
		return owners;
	}

	public QuestionList questions() {
		return questions;
	}

	public OptionList options() {
		return options;
	}

	public ActionTable actions() {
		return actions;
	}

	public StanceChoice stance() {
		return stance;
	}

	public ChecklistToggles checklist() {
		return checklist;
	}

	/** Scrolls to the review against the do's and don'ts. */
	public void revealReview() {
		reveal(review);
	}

	public String signalsText() {
		return signals.getText();
	}
}

package org.fulcrum.ui.internal.editors;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.coaching.CallDebrief;
import org.fulcrum.coaching.Debriefs;
import org.fulcrum.coaching.SessionReview;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.ui.internal.edit.FeatureCombo;
import org.fulcrum.ui.internal.edit.RecordedChange;
import org.fulcrum.ui.internal.forms.ActionTable;
import org.fulcrum.ui.internal.forms.CoachingColumns;
import org.fulcrum.ui.internal.forms.ChecklistToggles;
import org.fulcrum.ui.internal.forms.Fields;
import org.fulcrum.ui.internal.forms.FormSection;
import org.fulcrum.ui.internal.forms.Lists;
import org.fulcrum.ui.internal.forms.QuestionList;
import org.fulcrum.ui.internal.forms.StanceChoice;

/**
 * The form of a program session (the consultant with a partner manager): what and when, the
 * partner coaching sessions this call debriefs with the quality they show, the partner manager's
 * coaching call by call, then the session's own record: situation, questions, options, actions,
 * stance and review against the do's and don'ts.
 */
public final class ProgramSessionEditor extends FormEditor {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private CoachingSession call;
	private TableViewer debrief;
	private TableViewer calls;
	private ChecklistToggles checklist;
	private Composite review;

	@Inject
	public ProgramSessionEditor(EditorSupport support) {
		super(support);
	}

	@Override
	protected void sections(Composite page) {
		call = (CoachingSession) object();
		EditingDomain domain = session().editingDomain();
		CoachingProgram program = (CoachingProgram) call.eContainer();
		Composite what = FormSection.create(page, "Session", "One session of " + (program.getName() == null ? "the program"
				: program.getName()) + " with " + program.getParticipant().getName() + ".", 4);
		FeatureCombo.bind(Fields.combo(what, "Format"), domain, call, MODEL.getCoachingSession_Format(),
				e -> ((SessionFormat) e).getLiteral());
		FeatureCombo.bind(Fields.combo(what, "Status"), domain, call, MODEL.getCoachingSession_Status(),
				e -> ((SessionStatus) e).getLiteral());
		Fields.text(what, "Date", domain, call, MODEL.getCoachingSession_Date(), 1, 1);
		Fields.text(what, "Minutes", domain, call, MODEL.getCoachingSession_DurationMinutes(), 1, 1);
		Fields.text(what, "Topic", domain, call, MODEL.getCoachingSession_Topic(), 1, 3);

		Composite debriefed = FormSection.create(page, "Partner sessions to debrief", "The partner coaching sessions "
				+ program.getParticipant().getName() + " logged since the program's session before this one; double-click opens one.", 1);
		debrief = Lists.table(debriefed, 4);
		CoachingColumns.partnerSessions(debrief);
		debrief.addDoubleClickListener(e -> {
			Object chosen = debrief.getStructuredSelection().getFirstElement();
			if (chosen instanceof PartnerCoachingSession partnerSession) {
				Editors.in(support.context()).open(support.session(), partnerSession);
			}
		});
		Composite overTime = FormSection.create(page, "Coaching call by call", "How " + program.getParticipant().getName()
				+ " coached partners, as each call of the program debriefed it.", 1);
		calls = Lists.table(overTime, 7);
		CoachingColumns.calls(calls);

		Composite record = FormSection.create(page, "Situation", "The situation statement the session opened with, and options the "
				+ "partner manager raised (separated by commas).", 2);
		Fields.text(record, "Situation statement", domain, call, MODEL.getCoachingSession_Situation(), 3, 1);
		Text optionsText = Fields.text(record, "Options", domain, call, MODEL.getCoachingSession_Options(), 2, 1);
		optionsText.setToolTipText("Separate options with commas");
		Composite asked = FormSection.create(page, "Questions", "The questions the coach asked: open, closed or multiple choice.", 1);
		QuestionList questions = new QuestionList(asked, domain, call, MODEL.getCoachingSession_Questions());
		Composite agreed = FormSection.create(page, "Actions", "What the partner manager agreed to do; the coach owns only support "
				+ "they owe.", 1);
		ActionTable actions = new ActionTable(agreed, domain, call, MODEL.getCoachingSession_Actions(),
				() -> session().engagement().getPeople(), program::getParticipant,
				() -> call.getDate() == null ? null : call.getDate().plusWeeks(2));
		Composite taken = FormSection.create(page, "Stance", "The stance the coach observed in the role plays or the debrief.", 1);
		StanceChoice stance = new StanceChoice(taken, domain, call, MODEL.getCoachingSession_ObservedStance());
		review = FormSection.create(page, "Review against the do's and don'ts", "Each do and its don't in the text's words; "
				+ "a session can show both.", 2);
		Lists.button(Lists.buttons(review), "Pre-fill from the record", () -> {
			RecordedChange change = RecordedChange.record(session().engagement(), "Pre-fill the review", () -> SessionReview.prefill(call));
			if (!change.isEmpty()) {
				domain.getCommandStack().execute(change);
			}
		});
		new org.eclipse.swt.widgets.Label(review, SWT.NONE);
		checklist = new ChecklistToggles(review, domain, call, MODEL.getCoachingSession_Review(),
				() -> call.isSetObservedStance() ? call.getObservedStance() : null);
		onRefresh(() -> {
			showDebriefs(program);
			questions.viewer().refresh();
			actions.viewer().refresh();
			stance.refresh();
			checklist.refresh();
		});
		showDebriefs(program);
	}

	private void showDebriefs(CoachingProgram program) {
		CallDebrief mine = Debriefs.of(session().engagement(), call);
		debrief.setInput(mine == null ? List.of() : mine.sessions());
		calls.setInput(Debriefs.calls(session().engagement(), program));
	}

	public TableViewer debrief() {
		return debrief;
	}

	public TableViewer calls() {
		return calls;
	}

	public ChecklistToggles checklist() {
		return checklist;
	}

	/** Scrolls to the review against the do's and don'ts. */
	public void revealReview() {
		reveal(review);
	}
}

package org.fulcrum.ui.internal.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.widgets.Control;
import org.fulcrum.model.Action;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.Goal;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.model.Question;

/** Names of model objects as a consultant calls them; the item providers' text for anything else. */
public final class ElementNames extends ItemLabels {

	public ElementNames(AdapterFactory adapterFactory, Control owner) {
		super(adapterFactory, owner);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Engagement engagement) {
			return engagement.getName() == null || engagement.getName().isBlank() ? engagement.getId() : engagement.getName();
		}
		if (element instanceof Assessment assessment) {
			return (assessment.getSubject() == null ? "?" : assessment.getSubject().getName()) + " · " + assessment.getRound();
		}
		if (element instanceof Person person) {
			return person.getName() == null ? person.getId() : person.getName();
		}
		if (element instanceof DevelopmentPlan plan) {
			return "Plan of " + (plan.getParticipant() == null ? "?" : plan.getParticipant().getName());
		}
		if (element instanceof CoachingProgram program) {
			return program.getName() != null ? program.getName()
					: "Coaching of " + (program.getParticipant() == null ? "?" : program.getParticipant().getName());
		}
		if (element instanceof CoachingSession session) {
			return (session.getDate() == null ? "" : session.getDate() + " · ") + (session.getTopic() == null ? session.getId() : session.getTopic());
		}
		if (element instanceof PartnerCoachingSession session) {
			return (session.getDate() == null ? "" : session.getDate() + " · ")
					+ (session.getPartnerManager() == null ? "" : session.getPartnerManager().getName() + " with ")
					+ (session.getPartner() == null ? session.getId() : session.getPartner().getName());
		}
		if (element instanceof PartnerIssue issue) {
			return issue.getId() + (issue.getTitle() == null ? "" : " · " + issue.getTitle());
		}
		if (element instanceof FocusArea focus) {
			return "Focus: " + (focus.getTrait() == null ? "?" : focus.getTrait().getName());
		}
		if (element instanceof Goal goal) {
			return "Goal: " + (goal.getStatement() == null ? goal.getId() : goal.getStatement());
		}
		if (element instanceof Action action) {
			return "Action: " + (action.getWhat() == null ? action.getId() : action.getWhat());
		}
		if (element instanceof IssueEvent event) {
			return (event.getKind() == null ? "" : event.getKind().getLiteral() + ": ") + (event.getText() == null ? "" : event.getText());
		}
		if (element instanceof ChecklistEntry entry) {
			return (entry.getKind() == ChecklistKind.DONT ? "Don't: " : "Do: ") + entry.getRule() + (entry.isObserved() ? "  ✓ observed" : "");
		}
		if (element instanceof Question question) {
			return "Question: " + question.getText();
		}
		if (element instanceof Commitment commitment) {
			return "Commitment: " + (commitment.getDescription() == null ? "" : commitment.getDescription());
		}
		return super.getText(element);
	}
}

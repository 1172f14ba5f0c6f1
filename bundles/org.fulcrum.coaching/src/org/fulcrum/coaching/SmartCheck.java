package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;

/**
 * The SMART check of an action (docs/coaching.md): specific, measurable, achievable, time-bound,
 * and owned by the coachee. "Good intentions" (no measure, no date) are not actions. Actions of a
 * plan are dated from the plan's start, actions agreed in a session from the session's date.
 * Dropped actions are not checked: nobody will do them.
 */
public final class SmartCheck {

	/** Words that start a good intention rather than an action. */
	static final List<String> INTENTIONS = List.of("be ", "become ", "try ", "try to ", "improve ", "work on ", "think about ",
			"get better", "focus on ", "remember to ", "keep in mind");
	/** Further away than this and an action is out of view: split it into steps. */
	static final int ACHIEVABLE_MONTHS = 6;

	private SmartCheck() {
	}

	/** The findings on every action of the engagement's plans and sessions, in document order. */
	public static List<SmartFinding> of(Engagement engagement) {
		List<SmartFinding> findings = new ArrayList<>();
		Set<Person> coaches = coaches(engagement);
		for (DevelopmentPlan plan : engagement.getPlans()) {
			plan.eAllContents().forEachRemaining(o -> {
				if (o instanceof Action action) {
					findings.addAll(check(action, plan.getStart(), plan.getParticipant(), coaches, true));
				}
			});
		}
		for (CoachingProgram program : engagement.getPrograms()) {
			for (CoachingSession session : program.getSessions()) {
				for (Action action : session.getActions()) {
					findings.addAll(check(action, session.getDate(), program.getParticipant(), coaches, false));
				}
			}
		}
		return findings;
	}

	/** The findings on one action, wherever it is in its engagement. */
	public static List<SmartFinding> of(Action action) {
		Engagement engagement = engagementOf(action);
		Set<Person> coaches = engagement == null ? Set.of() : coaches(engagement);
		for (EObject at = action.eContainer(); at != null; at = at.eContainer()) {
			if (at instanceof DevelopmentPlan plan) {
				return check(action, plan.getStart(), plan.getParticipant(), coaches, true);
			}
			if (at instanceof CoachingSession session && session.eContainer() instanceof CoachingProgram program) {
				return check(action, session.getDate(), program.getParticipant(), coaches, false);
			}
		}
		return check(action, null, null, coaches, false);
	}

	private static List<SmartFinding> check(Action action, LocalDate start, PartnerManager coachee, Set<Person> coaches,
			boolean inPlan) {
		List<SmartFinding> findings = new ArrayList<>();
		if (action.getStatus() == ActionStatus.DROPPED) {
			return findings;
		}
		String name = action.getWhat() == null || action.getWhat().isBlank() ? "An action" : "The action '" + action.getWhat() + "'";
		String what = action.getWhat() == null ? "" : action.getWhat().strip().toLowerCase(Locale.ROOT);
		if (what.isEmpty()) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.SPECIFIC, true, name + " " + in(action)
					+ " says nothing to do. Write what will be done, so specifically that anyone could tell whether it was done."));
		} else if (INTENTIONS.stream().anyMatch(what::startsWith)) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.SPECIFIC, false, name + " reads as a good intention, "
					+ "not an action. Name the concrete step: what, with whom, how often."));
		}
		if (action.getMeasure() == null || action.getMeasure().isBlank()) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.MEASURABLE, true, name + " has no measure. Good "
					+ "intentions are not actions: add how progress will be measured (e.g. calls logged, the partner's feedback)."));
		}
		LocalDate due = action.getDueDate();
		String from = inPlan ? "the plan starts" : "the session where it was agreed";
		if (due == null) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.TIME_BOUND, true, name + " has no due date. Good "
					+ "intentions are not actions: add when it will be done."));
		} else if (start != null && due.isBefore(start)) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.TIME_BOUND, true, name + " is due on " + due + ", before "
					+ from + " (" + start + "). Give it a date on or after " + start + "."));
		} else if (start != null && due.isAfter(start.plusMonths(ACHIEVABLE_MONTHS))) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.ACHIEVABLE, false, name + " is due on " + due
					+ ", more than " + ACHIEVABLE_MONTHS + " months after " + from + " (" + start + "). Split it into steps "
					+ "that can be done within " + ACHIEVABLE_MONTHS + " months, so that it stays achievable and in view."));
		}
		Person owner = action.getOwner();
		String coacheeName = coachee == null ? "the coachee" : coachee.getName();
		if (owner == null) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.OWNER, true, name + " has no owner. Name who will do it: "
					+ "the coachee (" + coacheeName + ") owns their actions."));
		} else if (owner != coachee && coaches.contains(owner)) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.OWNER, inPlan, name + " is owned by the coach, "
					+ owner.getName() + ". " + (inPlan ? "The plan is the coachee's: give the action to " + coacheeName
							+ ", who owns the problem; the coach's support belongs in the coaching sessions."
							: "Keep problem ownership with " + coacheeName + "; keep the action with the coach only if it is "
									+ "support the coach should give, not an unsolicited offer.")));
		}
		return findings;
	}

	/** The engagement's coaches: every program's coach and every person named as one of its consultants. */
	static Set<Person> coaches(Engagement engagement) {
		Set<Person> coaches = new HashSet<>();
		engagement.getPrograms().stream().map(CoachingProgram::getCoach).filter(c -> c != null).forEach(coaches::add);
		for (Person person : engagement.getPeople()) {
			if (person.getName() != null && engagement.getConsultants().contains(person.getName())) {
				coaches.add(person);
			}
		}
		return coaches;
	}

	private static String in(Action action) {
		for (EObject at = action.eContainer(); at != null; at = at.eContainer()) {
			if (at instanceof DevelopmentPlan plan) {
				return "in plan " + plan.getId();
			}
			if (at instanceof CoachingSession session) {
				return "in session " + session.getId();
			}
		}
		return "";
	}

	private static Engagement engagementOf(EObject object) {
		EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(object);
		return root instanceof Engagement engagement ? engagement : null;
	}
}

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
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;

/**
 * The SMART check of an action (docs/coaching.md): specific, measurable, achievable, time-bound,
 * and owned by the coachee. "Good intentions" (no measure, no date) are not actions. Actions of a
 * plan are dated from the plan's start, actions agreed in a session from the session's date. An
 * action the coach owns is fine when it is support the coach owes ({@code support}: "don't abdicate
 * responsibility for things you or your company should do"); the coach owning the coachee's own
 * outcome is a warning ("keep problem ownership with the partner").
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
		for (PartnerCoachingSession session : engagement.getPartnerSessions()) {
			for (Action action : session.getActions()) {
				findings.addAll(checkPartner(action, session));
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
			if (at instanceof PartnerCoachingSession session) {
				return checkPartner(action, session);
			}
		}
		return check(action, null, null, coaches, false);
	}

	private static List<SmartFinding> check(Action action, LocalDate start, PartnerManager coachee, Set<Person> coaches,
			boolean inPlan) {
		List<SmartFinding> findings = smart(action, start, inPlan ? "the plan starts" : "the session where it was agreed");
		if (action.getStatus() == ActionStatus.DROPPED) {
			return findings;
		}
		Person owner = action.getOwner();
		String coacheeName = coachee == null ? "the coachee" : coachee.getName();
		String name = name(action);
		if (owner == null) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.OWNER, true, name + " has no owner. Name who will do it: "
					+ "the coachee (" + coacheeName + ") owns their actions."));
		} else if (owner != coachee && coaches.contains(owner) && !action.isSupport()) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.OWNER, false, name + " is owned by the coach, "
					+ owner.getName() + ", though it is " + coacheeName + "'s own outcome. Keep problem ownership with "
					+ coacheeName + "; if it is support the coach owes, mark it as support."));
		}
		return findings;
	}

	/** An action agreed in a partner coaching session: the partner owns its outcome, the partner manager may owe support. */
	private static List<SmartFinding> checkPartner(Action action, PartnerCoachingSession session) {
		List<SmartFinding> findings = smart(action, session.getDate(), "the session where it was agreed");
		if (action.getStatus() == ActionStatus.DROPPED) {
			return findings;
		}
		String name = name(action);
		PartnerManager manager = session.getPartnerManager();
		if (action.getOwner() == null) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.OWNER, true, name + " in partner session " + session.getId()
					+ " has no owner. Name who will do it: someone of the partner, or the partner manager for support they owe."));
		} else if (action.getOwner() == manager && manager != null && !action.isSupport()) {
			findings.add(new SmartFinding(action, SmartFinding.Criterion.OWNER, false, name + " in partner session " + session.getId()
					+ " is owned by the partner manager, " + manager.getName() + ", though it is the partner's own outcome. "
					+ "Keep problem ownership with the partner (don't make unsolicited offers to take on actions); if it is "
					+ "support you or your company should give, mark it as support."));
		}
		return findings;
	}

	private static String name(Action action) {
		return action.getWhat() == null || action.getWhat().isBlank() ? "An action" : "The action '" + action.getWhat() + "'";
	}

	/** The SMART criteria proper, whoever owns the action. */
	private static List<SmartFinding> smart(Action action, LocalDate start, String from) {
		List<SmartFinding> findings = new ArrayList<>();
		if (action.getStatus() == ActionStatus.DROPPED) {
			return findings;
		}
		String name = name(action);
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
			if (at instanceof PartnerCoachingSession session) {
				return "in partner session " + session.getId();
			}
		}
		return "";
	}

	private static Engagement engagementOf(EObject object) {
		EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(object);
		return root instanceof Engagement engagement ? engagement : null;
	}
}

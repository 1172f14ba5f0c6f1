package org.fulcrum.issues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;

/**
 * The escalation ladder (channel manager, partner support, channel director, VP of channels):
 * every target an issue breaks takes it one level up, so the VP hears of an issue from the
 * ladder and not from the partner's last-resort call. Computed as of a given moment from the
 * issue's own timeline, it gives the same steps whenever it is run (docs/issues.md):
 * <ol>
 * <li>no response to the partner by the response target, counted from the intake;</li>
 * <li>not resolved when the resolution clock reaches the resolution target, and again at twice
 * and three times the target. The clock stops while the issue waits on the partner.</li>
 * <li>unless the engagement turns it off: every silence longer than the update cadence, and every
 * promise to the partner not kept by its date.</li>
 * </ol>
 * A step moves the issue to the people the escalation path names at the new level and queues a
 * notice to each of them, and to the partner manager and the support owner, who stay informed.
 */
public final class Escalations {

	private static final EscalationLevel[] LADDER = { EscalationLevel.CHANNEL_MANAGER, EscalationLevel.PARTNER_SUPPORT,
			EscalationLevel.CHANNEL_DIRECTOR, EscalationLevel.VP_OF_CHANNELS };

	private final IssueRules rules;

	public Escalations(IssueRules rules) {
		this.rules = rules;
	}

	/** Every step the issue has reached by {@code asOf}, lowest first, whether applied or not. */
	public List<EscalationStep> reached(PartnerIssue issue, Instant asOf) {
		IssueClock clock = new IssueClock(issue);
		if (clock.opened().isAfter(asOf)) {
			return List.of();
		}
		IssueRules.Target target = rules.target(issue.getPriority());
		String priority = Labels.priority(issue.getPriority());
		List<Break> breaks = new ArrayList<>();
		Instant responseDue = clock.opened().plus(target.response());
		Optional<Instant> response = clock.firstResponse();
		if (response.isEmpty() || response.get().isAfter(responseDue)) {
			breaks.add(new Break(responseDue, "no response to the partner within the " + priority + " response target of "
					+ Labels.hours(target.response())));
		}
		for (int times = 1; times < LADDER.length; times++) {
			Duration worked = target.resolution().multipliedBy(times);
			int multiple = times;
			clock.whenWorked(worked).ifPresent(at -> breaks.add(new Break(at, (multiple == 1 ? "not resolved within the "
					: "still not resolved at " + multiple + " times the ") + priority + " resolution target of "
					+ Labels.hours(target.resolution()))));
		}
		if (rules.lapsesEscalate()) {
			for (Instant lapse : clock.updateLapses(target.update(), asOf)) {
				breaks.add(new Break(lapse, "no update to the partner within the " + priority + " update cadence of "
						+ Labels.hours(target.update())));
			}
			for (Commitment commitment : issue.getCommitments()) {
				Optional<Instant> broken = Commitments.brokenAt(commitment);
				if (commitment.isVisibleToPartner() && broken.isPresent() && clock.isOpenAt(broken.get())) {
					breaks.add(new Break(broken.get(), "the promise '" + commitment.getDescription() + "' due "
							+ commitment.getDue() + " was not kept"));
				}
			}
		}
		breaks.sort(Comparator.comparing(Break::at));
		List<EscalationStep> steps = new ArrayList<>();
		for (Break broken : breaks) {
			if (broken.at().isAfter(asOf) || steps.size() + 1 >= LADDER.length) {
				break;
			}
			steps.add(new EscalationStep(issue, LADDER[steps.size() + 1], broken.at(), broken.reason()));
		}
		return steps;
	}

	/**
	 * The steps the engagement's open issues have reached by {@code asOf} and not yet taken, in the
	 * order they fell due. An issue resolved or closed by then is not escalated any more: the ladder
	 * is there to get open issues resolved, and a step taken afterwards would record an escalation
	 * that never helped anyone.
	 */
	public List<EscalationStep> due(Engagement engagement, Instant asOf) {
		List<EscalationStep> due = new ArrayList<>();
		for (PartnerIssue issue : engagement.getIssues()) {
			if (!new IssueClock(issue).isOpenAt(asOf)) {
				continue;
			}
			int current = issue.getEscalation().getValue();
			reached(issue, asOf).stream().filter(step -> step.level().getValue() > current).forEach(due::add);
		}
		due.sort(Comparator.comparing(EscalationStep::at));
		return due;
	}

	/**
	 * Takes every due step: raises the issue's level and records the step in its timeline, dated
	 * when the target broke (not when this ran), as an internal event the partner does not see.
	 * Running it again as of the same moment changes nothing.
	 */
	public List<EscalationStep> apply(Engagement engagement, Instant asOf) {
		List<EscalationStep> due = due(engagement, asOf);
		for (EscalationStep step : due) {
			List<Person> people = EscalationPath.people(engagement, step.level());
			IssueEvent event = FulcrumFactory.eINSTANCE.createIssueEvent();
			event.setKind(IssueEventKind.ESCALATION);
			event.setAt(Date.from(step.at()));
			event.setLevel(step.level());
			event.setAuthor("Fulcrum escalation ladder");
			event.setText("Escalated to " + Labels.level(step.level()) + (people.isEmpty() ? ""
					: " (" + Notices.names(people) + ")") + ": " + step.reason() + ".");
			event.getPeople().addAll(people);
			step.issue().getTimeline().add(event);
			step.issue().setEscalation(step.level());
			if (!people.isEmpty()) {
				step.issue().getEscalatedTo().clear();
				step.issue().getEscalatedTo().addAll(people);
			}
			Notices.escalated(engagement, step, people);
		}
		return due;
	}

	private record Break(Instant at, String reason) {
	}
}

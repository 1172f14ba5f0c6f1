package org.fulcrum.issues;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;

/**
 * The targets, cadences and rules an engagement's partner issues are held to (docs/issues.md):
 * the engagement's {@link IssuePolicy} where it sets them, Fulcrum's defaults for what it leaves
 * out. None of these numbers comes from the source texts, which give no timings.
 *
 * @param targets the response and resolution target and the update cadence of every priority
 * @param recurrenceWindow how close an issue of the same partner and category must follow an earlier one to recur it
 * @param informVp when the VP of channels is informed of an issue before any escalation reaches them
 * @param lapsesEscalate whether an overdue update or a broken promise takes an issue one level up
 */
public record IssueRules(Map<Priority, Target> targets, Duration recurrenceWindow, VpRules informVp, boolean lapsesEscalate) {

	/**
	 * A response and a resolution target, counted from the intake, and how often the partner
	 * hears of progress while the issue is open ({@code update}).
	 */
	public record Target(Duration response, Duration resolution, Duration update) {

		static Target hours(int response, int resolution, int update) {
			return new Target(Duration.ofHours(response), Duration.ofHours(resolution), Duration.ofHours(update));
		}
	}

	/** Which issues the VP of channels hears of by rule: any P1, any recurrence, any broken promise. */
	public record VpRules(boolean onP1, boolean onRecurrence, boolean onBrokenPromise) {

		public boolean any() {
			return onP1 || onRecurrence || onBrokenPromise;
		}
	}

	/**
	 * P1 4 h / 1 day / updates daily, P2 8 h / 3 days / every 2 days, P3 1 day / 5 days / every 3
	 * days, P4 2 days / 10 days / weekly; recurrence within 90 days; the VP informed of every P1,
	 * recurrence and broken promise; overdue updates and broken promises escalate.
	 */
	public static final IssueRules DEFAULT = new IssueRules(Map.of(Priority.P1, Target.hours(4, 24, 24), Priority.P2,
			Target.hours(8, 72, 48), Priority.P3, Target.hours(24, 120, 72), Priority.P4, Target.hours(48, 240, 168)),
			Duration.ofDays(90), new VpRules(true, true, true), true);

	public IssueRules {
		targets = Collections.unmodifiableMap(new EnumMap<>(targets));
	}

	/** The rules of an engagement: its policy's targets, window and rules over the defaults. */
	public static IssueRules of(Engagement engagement) {
		IssuePolicy policy = engagement.getIssuePolicy();
		if (policy == null) {
			return DEFAULT;
		}
		Map<Priority, Target> targets = new EnumMap<>(DEFAULT.targets());
		for (PriorityTarget target : policy.getTargets()) {
			Duration update = target.getUpdateHours() > 0 ? Duration.ofHours(target.getUpdateHours())
					: DEFAULT.target(target.getPriority()).update();
			targets.put(target.getPriority(), new Target(Duration.ofHours(target.getResponseHours()),
					Duration.ofHours(target.getResolutionHours()), update));
		}
		return new IssueRules(targets, Duration.ofDays(policy.getRecurrenceWindowDays()),
				new VpRules(policy.isInformVpOnP1(), policy.isInformVpOnRecurrence(), policy.isInformVpOnBrokenPromise()),
				policy.isLapsesEscalate());
	}

	public Target target(Priority priority) {
		return targets.get(priority);
	}
}

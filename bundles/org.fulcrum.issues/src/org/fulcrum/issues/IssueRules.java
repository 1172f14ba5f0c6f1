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
 * The targets and the recurrence window an engagement's partner issues are held to
 * (docs/issues.md): the engagement's {@link IssuePolicy} where it sets them, Fulcrum's
 * defaults for what it leaves out.
 *
 * @param targets the response and resolution target of every priority
 * @param recurrenceWindow how close an issue of the same partner and category must follow an earlier one to recur it
 */
public record IssueRules(Map<Priority, Target> targets, Duration recurrenceWindow) {

	/** A response and a resolution target, counted from the intake. */
	public record Target(Duration response, Duration resolution) {

		static Target hours(int response, int resolution) {
			return new Target(Duration.ofHours(response), Duration.ofHours(resolution));
		}
	}

	/** P1 4 h / 1 day, P2 8 h / 3 days, P3 1 day / 5 days, P4 2 days / 10 days; recurrence within 90 days. */
	public static final IssueRules DEFAULT = new IssueRules(Map.of(Priority.P1, Target.hours(4, 24), Priority.P2,
			Target.hours(8, 72), Priority.P3, Target.hours(24, 120), Priority.P4, Target.hours(48, 240)), Duration.ofDays(90));

	public IssueRules {
		targets = Collections.unmodifiableMap(new EnumMap<>(targets));
	}

	/** The rules of an engagement: its policy's targets and window over the defaults. */
	public static IssueRules of(Engagement engagement) {
		IssuePolicy policy = engagement.getIssuePolicy();
		if (policy == null) {
			return DEFAULT;
		}
		Map<Priority, Target> targets = new EnumMap<>(DEFAULT.targets());
		for (PriorityTarget target : policy.getTargets()) {
			targets.put(target.getPriority(), Target.hours(target.getResponseHours(), target.getResolutionHours()));
		}
		return new IssueRules(targets, Duration.ofDays(policy.getRecurrenceWindowDays()));
	}

	public Target target(Priority priority) {
		return targets.get(priority);
	}
}

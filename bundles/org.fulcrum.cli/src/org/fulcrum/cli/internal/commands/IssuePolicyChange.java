package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.Labels;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;

/**
 * {@code issues policy ENG [--priority P --response H --resolution H] [--recurrence-days N]}: shows
 * the engagement's targets and recurrence window, or sets them. Values are checked before anything
 * is saved, so the file never holds a target that cannot be met.
 */
final class IssuePolicyChange {

	private IssuePolicyChange() {
	}

	static int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("priority", "response", "resolution", "recurrence-days")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			boolean changed = false;
			if (arguments.option("priority", null) != null) {
				setTarget(engagement, arguments);
				changed = true;
			} else if (arguments.option("response", null) != null || arguments.option("resolution", null) != null) {
				throw new UsageException("issues policy: --response and --resolution need --priority P1..P4");
			}
			if (arguments.option("recurrence-days", null) != null) {
				policy(engagement).setRecurrenceWindowDays(arguments.intOption("recurrence-days", 90, 0));
				changed = true;
			}
			if (changed) {
				document.markDirty();
				document.save();
			}
			IssueRules rules = IssueRules.of(engagement);
			for (Priority priority : Priority.VALUES) {
				IssueRules.Target target = rules.target(priority);
				console.out().printf("%s  respond within %s, resolve within %s%n", Labels.priority(priority), Labels.hours(target.response()),
						Labels.hours(target.resolution()));
			}
			console.out().printf("recurrence window: %d days%n", rules.recurrenceWindow().toDays());
			return ExitCode.OK;
		}
	}

	private static void setTarget(Engagement engagement, Arguments arguments) throws UsageException {
		String name = arguments.option("priority", "");
		Priority priority = Priority.get(name.toLowerCase(Locale.ROOT));
		if (priority == null) {
			throw new UsageException("issues policy: --priority is P1, P2, P3 or P4, not '" + name + "'");
		}
		IssueRules.Target current = IssueRules.of(engagement).target(priority);
		int response = arguments.intOption("response", (int) current.response().toHours(), 1);
		int resolution = arguments.intOption("resolution", (int) current.resolution().toHours(), 1);
		if (resolution < response) {
			throw new UsageException("issues policy: the " + Labels.priority(priority) + " resolution target (" + resolution
					+ " h) must be at least its response target (" + response + " h)");
		}
		IssuePolicy policy = policy(engagement);
		PriorityTarget target = policy.getTargets().stream().filter(t -> t.getPriority() == priority).findFirst().orElseGet(() -> {
			PriorityTarget added = FulcrumFactory.eINSTANCE.createPriorityTarget();
			added.setPriority(priority);
			policy.getTargets().add(added);
			return added;
		});
		target.setResponseHours(response);
		target.setResolutionHours(resolution);
	}

	private static IssuePolicy policy(Engagement engagement) {
		if (engagement.getIssuePolicy() == null) {
			engagement.setIssuePolicy(FulcrumFactory.eINSTANCE.createIssuePolicy());
		}
		return engagement.getIssuePolicy();
	}
}

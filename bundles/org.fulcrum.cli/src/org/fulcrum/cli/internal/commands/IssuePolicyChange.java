package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
		arguments.allowOnly(Set.of("priority", "response", "resolution", "update", "recurrence-days", "inform-vp", "lapses-escalate"))
				.atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			boolean changed = false;
			if (arguments.option("priority", null) != null) {
				setTarget(engagement, arguments);
				changed = true;
			} else if (arguments.option("response", null) != null || arguments.option("resolution", null) != null
					|| arguments.option("update", null) != null) {
				throw new UsageException("issues policy: --response, --resolution and --update need --priority P1..P4");
			}
			String vp = arguments.option("inform-vp", null);
			if (vp != null) {
				setVpRules(policy(engagement), vp);
				changed = true;
			}
			String lapses = arguments.option("lapses-escalate", null);
			if (lapses != null) {
				if (!lapses.equals("yes") && !lapses.equals("no")) {
					throw new UsageException("issues policy: --lapses-escalate is yes or no, not '" + lapses + "'");
				}
				policy(engagement).setLapsesEscalate(lapses.equals("yes"));
				changed = true;
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
				console.out().printf("%s  respond within %s, resolve within %s, update the partner every %s%n",
						Labels.priority(priority), Labels.hours(target.response()), Labels.hours(target.resolution()),
						Labels.hours(target.update()));
			}
			console.out().printf("recurrence window: %d days%n", rules.recurrenceWindow().toDays());
			List<String> vpRules = new ArrayList<>();
			if (rules.informVp().onP1()) {
				vpRules.add("any P1");
			}
			if (rules.informVp().onRecurrence()) {
				vpRules.add("any recurrence");
			}
			if (rules.informVp().onBrokenPromise()) {
				vpRules.add("any broken promise");
			}
			console.out().printf("VP of channels informed of: %s%n", vpRules.isEmpty() ? "nothing by rule" : String.join(", ", vpRules));
			console.out().printf("overdue updates and broken promises escalate: %s%n", rules.lapsesEscalate() ? "yes" : "no");
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
		target.setUpdateHours(arguments.intOption("update", (int) current.update().toHours(), 1));
	}

	private static void setVpRules(IssuePolicy policy, String list) throws UsageException {
		Set<String> rules = new java.util.HashSet<>();
		for (String rule : list.split(",")) {
			String name = rule.strip().toLowerCase(Locale.ROOT);
			if (!Set.of("p1", "recurrence", "broken-promise", "none").contains(name)) {
				throw new UsageException("issues policy: --inform-vp lists p1, recurrence, broken-promise, or is none; not '" + rule
						+ "'");
			}
			rules.add(name);
		}
		policy.setInformVpOnP1(rules.contains("p1"));
		policy.setInformVpOnRecurrence(rules.contains("recurrence"));
		policy.setInformVpOnBrokenPromise(rules.contains("broken-promise"));
	}

	private static IssuePolicy policy(Engagement engagement) {
		if (engagement.getIssuePolicy() == null) {
			engagement.setIssuePolicy(FulcrumFactory.eINSTANCE.createIssuePolicy());
		}
		return engagement.getIssuePolicy();
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.assessment.policy.PolicyChange;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.ConfidentialityPolicy;

/**
 * {@code ./fulcrum policy ENG [--minimum N [--override "REASON"]]}: shows the confidentiality
 * policy, or sets its threshold; once collection started only with a logged override.
 */
public final class PolicyCommand implements Command {

	@Override
	public String name() {
		return "policy";
	}

	@Override
	public String synopsis() {
		return "ENG [--minimum N [--override REASON]]";
	}

	@Override
	public String summary() {
		return "show or set the confidentiality threshold (frozen once answers arrive: override with a logged reason)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("minimum", "override")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		try (EngagementDocument document = new EngagementStore().open(file)) {
			if (arguments.option("minimum", null) != null) {
				int minimum = arguments.intOption("minimum", 3, 1);
				String reason = arguments.option("override", null);
				try {
					PolicyChange.setMinimum(document.engagement(), minimum,
							reason == null ? null : new PolicyChange.Override(System.getProperty("user.name"), reason));
				} catch (IllegalStateException e) {
					throw new UsageException("policy: " + e.getMessage() + " (--override \"REASON\")");
				}
				document.markDirty();
				document.save();
			}
			ConfidentialityPolicy policy = document.engagement().getConfidentiality();
			console.out().printf("minimum raters per group %d, for comments %d; self %s, manager %s; %s%n", policy.getMinimumRaters(),
					policy.getMinimumCommenters(), policy.isSelfExempt() ? "exempt" : "not exempt",
					policy.isManagerExempt() ? "exempt" : "not exempt", policy.isFrozen() ? "frozen (collection started)" : "not frozen");
			policy.getOverrides().forEach(o -> console.out().printf("override %tF %<tT by %s: %s (%s)%n", o.getAt(), o.getBy(),
					o.getChange(), o.getReason()));
			return ExitCode.OK;
		}
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.GroupWords;

/**
 * {@code ./fulcrum check ENG}: before collection, warns for every participant whose nominations
 * in a group cannot reach the confidentiality threshold, so that more raters can be nominated
 * while there is time. Counts nominations that are not declined.
 */
public final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String synopsis() {
		return "ENG";
	}

	@Override
	public String summary() {
		return "warn where a rater group's nominations cannot reach the confidentiality threshold";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of()).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		Engagement engagement = new EngagementStore().read(file);
		ConfidentialityPolicy policy = engagement.getConfidentiality() != null ? engagement.getConfidentiality()
				: FulcrumFactory.eINSTANCE.createConfidentialityPolicy();
		int minimum = policy.getMinimumRaters();
		int warnings = 0;
		for (Assessment assessment : engagement.getAssessments()) {
			Map<RelationshipGroup, Integer> nominated = new EnumMap<>(RelationshipGroup.class);
			int others = 0;
			for (RaterInvitation invitation : assessment.getInvitations()) {
				if (invitation.getStatus() != InvitationStatus.DECLINED) {
					nominated.merge(invitation.getRelationship(), 1, Integer::sum);
					others += invitation.getRelationship() == RelationshipGroup.SELF ? 0 : 1;
				}
			}
			String who = assessment.getSubject().getName() + " (" + assessment.getId() + ")";
			for (Map.Entry<RelationshipGroup, Integer> group : nominated.entrySet()) {
				if (!exempt(group.getKey(), policy) && group.getValue() < minimum) {
					console.out().printf("%s: warning: %s: %d nominated as %s; a group is shown from %d raters, so these "
							+ "answers will only count inside all others%n", file.getFileName(), who, group.getValue(),
							GroupWords.of(group.getKey()), minimum);
					warnings++;
				}
			}
			if (others < minimum) {
				console.out().printf("%s: warning: %s: only %d raters besides self; all others needs %d%n", file.getFileName(), who,
						others, minimum);
				warnings++;
			}
		}
		console.out().printf("%s: %d warning%s (threshold %d raters per group)%n", file.getFileName(), warnings,
				warnings == 1 ? "" : "s", minimum);
		return ExitCode.OK;
	}

	private static boolean exempt(RelationshipGroup group, ConfidentialityPolicy policy) {
		return group == RelationshipGroup.SELF && policy.isSelfExempt() || group == RelationshipGroup.MANAGER && policy.isManagerExempt();
	}
}

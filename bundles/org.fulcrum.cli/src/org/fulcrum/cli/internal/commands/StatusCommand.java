package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.GroupWords;

/**
 * {@code ./fulcrum status ENG}: response progress per participant and group, and who has not
 * answered yet (for reminders). Shows who was asked and whether they answered, never an answer.
 */
public final class StatusCommand implements Command {

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String synopsis() {
		return "ENG";
	}

	@Override
	public String summary() {
		return "response progress per participant and group, and who still has to answer";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of()).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		Engagement engagement = new EngagementStore().read(file);
		int sent = 0;
		int completed = 0;
		for (Assessment assessment : engagement.getAssessments()) {
			Map<RelationshipGroup, int[]> progress = new EnumMap<>(RelationshipGroup.class);
			List<String> waiting = new ArrayList<>();
			for (RaterInvitation invitation : assessment.getInvitations()) {
				InvitationStatus status = invitation.getStatus();
				if (status == InvitationStatus.DECLINED) {
					continue;
				}
				int[] counts = progress.computeIfAbsent(invitation.getRelationship(), g -> new int[2]);
				counts[0]++;
				sent++;
				if (status == InvitationStatus.COMPLETED) {
					counts[1]++;
					completed++;
				} else {
					waiting.add(invitation.getRater().getName() + " <" + invitation.getRater().getEmail() + "> ("
							+ GroupWords.of(invitation.getRelationship()) + ", " + status.getLiteral() + ")");
				}
			}
			console.out().printf("%s (%s, %s): %s%n", assessment.getSubject().getName(), assessment.getId(), assessment.getRound(),
					progress.entrySet().stream().map(e -> GroupWords.of(e.getKey()) + " " + e.getValue()[1] + "/" + e.getValue()[0])
							.collect(Collectors.joining(", ")));
			waiting.forEach(w -> console.out().println("    not answered yet: " + w));
		}
		console.out().printf("%s: %d of %d invitations answered (declined ones not counted)%n", file.getFileName(), completed, sent);
		return ServerProgress.print(file, engagement, console);
	}
}

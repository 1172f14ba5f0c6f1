package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.ServerClient;

/**
 * {@code ./fulcrum withdraw ENG --rater ID}: withdraws a rater's open invitations (by invitation
 * id, rater id or e-mail; {@code --participant ID} narrows to one participant) on the server: the
 * link then says it is closed and no reminder goes out. The engagement marks them declined.
 */
public final class WithdrawCommand implements Command {

	@Override
	public String name() {
		return "withdraw";
	}

	@Override
	public String synopsis() {
		return "ENG --rater ID|EMAIL [--participant ID] [--server URL]";
	}

	@Override
	public String summary() {
		return "withdraw a rater's open invitation on the server: the link closes, no more reminders";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server", "rater", "participant")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		String rater = arguments.option("rater", null);
		if (rater == null || rater.isBlank()) {
			throw new UsageException("withdraw: --rater ID is needed (an invitation id, a rater's id or e-mail)");
		}
		String participant = arguments.option("participant", null);
		URI server = ServerAccess.server(arguments, file);
		ServerClient client = ServerAccess.client(arguments, server);
		try (EngagementDocument document = new EngagementStore().open(file)) {
			List<RaterInvitation> chosen = new ArrayList<>();
			for (Assessment assessment : document.engagement().getAssessments()) {
				if (participant != null && (assessment.getSubject() == null || !participant.equals(assessment.getSubject().getId()))) {
					continue;
				}
				for (RaterInvitation invitation : assessment.getInvitations()) {
					if (matches(invitation, rater) && invitation.getToken() != null && invitation.getStatus() != InvitationStatus.COMPLETED
							&& invitation.getStatus() != InvitationStatus.DECLINED && invitation.getResponses().isEmpty()) {
						chosen.add(invitation);
					}
				}
			}
			if (chosen.isEmpty()) {
				throw new UsageException("withdraw: " + file.getFileName() + " has no open invitation of '" + rater + "'"
						+ (participant == null ? "" : " for participant '" + participant + "'") + " (finished ones cannot be withdrawn)");
			}
			String id = document.engagement().getId();
			client.withdraw(id, chosen.stream().map(i -> Publisher.hash(i.getToken())).toList());
			// Only what the server now shows withdrawn (or never had) is declined here: a sheet
			// submitted there but not pulled yet must still come in with the next pull.
			Map<String, Object> statuses = new HashMap<>();
			client.progress(id).forEach(sheet -> statuses.put(String.valueOf(sheet.get("tokenHash")), sheet.get("status")));
			int withdrawn = 0;
			List<String> notWithdrawn = new ArrayList<>();
			for (RaterInvitation invitation : chosen) {
				Assessment assessment = (Assessment) invitation.eContainer();
				Object status = statuses.get(Publisher.hash(invitation.getToken()));
				String who = invitation.getId() + " (" + invitation.getRater().getName() + ") for " + assessment.getSubject().getName();
				if (status == null || "withdrawn".equals(status)) {
					invitation.setStatus(InvitationStatus.DECLINED);
					withdrawn++;
					console.out().println("withdraw: " + who + (status == null ? ": never published; declined in the engagement" : ": withdrawn"));
				} else {
					notWithdrawn.add("withdraw: " + who + ": already " + status + " on the server, not withdrawn"
							+ ("submitted".equals(status) ? " (./fulcrum pull takes it in)" : ""));
				}
			}
			if (withdrawn == 0) {
				notWithdrawn.forEach(console.err()::println);
				return ExitCode.FINDINGS;
			}
			// some were withdrawn: a success, so the rest is told on stdout (stderr stays empty on success)
			notWithdrawn.forEach(console.out()::println);
			document.markDirty();
			document.save();
			console.out().printf("withdraw: %d invitation(s) closed on %s; marked declined in %s%n", withdrawn, server, file.getFileName());
			return ExitCode.OK;
		}
	}

	private static boolean matches(RaterInvitation invitation, String rater) {
		if (rater.equals(invitation.getId())) {
			return true;
		}
		var person = invitation.getRater();
		return person != null && (rater.equals(person.getId())
				|| person.getEmail() != null && person.getEmail().toLowerCase(Locale.ROOT).equals(rater.strip().toLowerCase(Locale.ROOT)));
	}
}

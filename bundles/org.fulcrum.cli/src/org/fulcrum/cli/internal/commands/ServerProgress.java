package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.ServerException;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.server.client.ServerClient;

/** The live part of {@code ./fulcrum status}: progress on the server the engagement was published to. */
final class ServerProgress {

	private ServerProgress() {
	}

	static int print(Path file, Engagement engagement, Console console) throws Exception {
		Optional<URI> server = ServerLink.remembered(file);
		if (server.isEmpty()) {
			return ExitCode.OK;
		}
		Optional<String> key = ServerLink.key(server.get(), ServerAccess.environment());
		if (key.isEmpty()) {
			console.out().println("server " + server.get() + ": no API key to ask it (set " + ServerLink.KEY_VARIABLE + ")");
			return ExitCode.OK;
		}
		List<Map<String, Object>> sheets;
		try {
			sheets = new ServerClient(server.get(), key.get()).progress(engagement.getId());
		} catch (ServerException e) {
			console.out().println("server: " + e.getMessage());
			return ExitCode.DATA;
		}
		Map<String, RaterInvitation> byHash = new HashMap<>();
		for (Assessment assessment : engagement.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				if (invitation.getToken() != null) {
					byHash.put(Publisher.hash(invitation.getToken()), invitation);
				}
			}
		}
		int opened = 0;
		int started = 0;
		int submitted = 0;
		int toPull = 0;
		int withdrawn = 0;
		int reminders = 0;
		for (Map<String, Object> sheet : sheets) {
			reminders += sheet.get("reminders") instanceof Number n ? n.intValue() : 0;
			String status = String.valueOf(sheet.get("status"));
			if (status.equals("withdrawn")) {
				withdrawn++;
				continue;
			}
			opened += sheet.get("opened") != null ? 1 : 0;
			started += sheet.get("saved") != null ? 1 : 0;
			if (status.equals("submitted")) {
				submitted++;
				RaterInvitation invitation = byHash.get(String.valueOf(sheet.get("tokenHash")));
				if (invitation != null && invitation.getResponses().isEmpty()) {
					toPull++;
				}
			}
		}
		console.out().printf("server %s (live): %d published, %d opened, %d saved at least once, %d submitted%s%s%s%n", server.get(),
				sheets.size() - withdrawn, opened, started, submitted, toPull > 0 ? ", " + toPull + " not pulled yet (./fulcrum pull)" : "",
				withdrawn > 0 ? ", " + withdrawn + " withdrawn" : "", reminders > 0 ? "; " + reminders + " reminder(s) sent" : "");
		return ExitCode.OK;
	}
}

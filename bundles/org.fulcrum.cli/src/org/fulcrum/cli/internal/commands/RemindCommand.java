package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.server.client.InvitationMail;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.server.client.Reminders;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerLink;

/**
 * {@code ./fulcrum remind ENG}: sends the reminders that are due (by default 7 and 14 days after
 * publishing; {@code --after 5,10,15} sets and keeps a round's schedule) to raters who have not
 * finished and were not withdrawn, by SMTP or to the outbox, and records each on the server. Run
 * it daily (cron, a scheduled task): it never sends the same reminder twice.
 */
public final class RemindCommand implements Command {

	@Override
	public String name() {
		return "remind";
	}

	@Override
	public String synopsis() {
		return "ENG [--round NAME] [--after DAYS,DAYS|none] [--server URL] [--mail FILE]";
	}

	@Override
	public String summary() {
		return "send the reminders that are due to raters who have not finished (default 7 and 14 days after publishing)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server", "round", "after", "mail")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		String round = arguments.option("round", null);
		String after = arguments.option("after", null);
		if (after != null) {
			try {
				ServerLink.rememberReminderDays(file, round, Reminders.parse(after));
			} catch (IllegalArgumentException e) {
				throw new UsageException("remind: --after: " + e.getMessage());
			}
		}
		List<Integer> days = ServerLink.reminderDays(file, round);
		URI server = ServerAccess.server(arguments, file);
		ServerClient client = ServerAccess.client(arguments, server);
		MailSettings mail = PublishCommand.mailSettings(arguments, file);
		Engagement engagement = new EngagementStore().read(file);
		Reminders.Outcome outcome = Reminders.send(engagement, round, client, new InvitationMail(mail), days, Instant.now());
		console.out().printf("remind: %d reminder(s) %s; %d open invitation(s) not due yet, %d finished or withdrawn (schedule: %s)%n",
				outcome.sent(), mail.smtp() ? "sent through " + mail.host() : "written to " + mail.outbox(), outcome.notDue(), outcome.closed(),
				days.isEmpty() ? "none" : "days " + days.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
						+ " after publishing");
		return ExitCode.OK;
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.Labels;
import org.fulcrum.issues.MailDrop;
import org.fulcrum.issues.Outbox;
import org.fulcrum.mail.MailChannel;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.Notification;
import org.fulcrum.model.Person;

/**
 * {@code issues path|outbox|send ENG}: who takes issues at each escalation level, the notices
 * the rules queued for named people, and their delivery.
 */
final class IssueRouting {

	private IssueRouting() {
	}

	/** Shows the escalation path, or names the people of one level ({@code --people ''} clears it). */
	static int path(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("level", "people")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String levelName = arguments.option("level", null);
		String ids = arguments.option("people", null);
		if ((levelName == null) != (ids == null)) {
			throw new UsageException("issues path: --level and --people go together");
		}
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			if (levelName != null) {
				EscalationLevel level = level(levelName);
				List<Person> people = new ArrayList<>();
				for (String id : ids.split(",")) {
					if (!id.isBlank()) {
						people.add(IssueChanges.person(engagement, id.strip(), "issues path"));
					}
				}
				EscalationPath.set(engagement, level, people);
				document.markDirty();
				document.save();
			}
			for (EscalationLevel level : EscalationLevel.VALUES) {
				List<Person> people = EscalationPath.people(engagement, level);
				console.out().printf("%-17s %s%n", Labels.level(level), people.isEmpty()
						? (level == EscalationLevel.CHANNEL_MANAGER ? "(the issue's partner manager)" : "(nobody named)")
						: String.join(", ", people.stream().map(p -> p.getName() + " (" + p.getId() + ")").toList()));
			}
			return ExitCode.OK;
		}
	}

	/** Lists the outbox: every notice, or with {@code --pending} those not sent yet. */
	static int outbox(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("pending")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Engagement engagement = new EngagementStore().read(file);
		boolean pendingOnly = arguments.option("pending", null) != null;
		List<Notification> notices = pendingOnly ? Outbox.pending(engagement) : engagement.getOutbox();
		for (Notification notice : notices) {
			console.out().printf("%s  %-8s %-24s %s%n    why: %s%s%n", Labels.moment(notice.getCreated().toInstant()),
					notice.getSent() == null ? "pending" : "sent", notice.getTo().getName() + " <"
							+ (notice.getTo().getEmail() == null ? "no e-mail" : notice.getTo().getEmail()) + ">",
					notice.getSubject(), notice.getReason(), notice.getError() == null ? "" : "\n    last error: " + notice.getError());
		}
		console.out().println(notices.size() + (pendingOnly ? " pending" : " notices, " + Outbox.pending(engagement).size()
				+ " pending"));
		return ExitCode.OK;
	}

	/**
	 * Delivers the pending notices by SMTP ({@code --mail FILE}, the {@code mail.*} settings
	 * {@code publish} reads, docs/server.md) or, without {@code mail.host}, into the settings' outbox
	 * folder or a mail pickup directory ({@code --maildrop DIR}). A notice is marked sent only once the
	 * SMTP server accepted it (or its file is in place); the others stay pending with the reason (exit 1).
	 */
	static int send(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("mail", "maildrop", "from", "at")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String config = arguments.option("mail", null);
		String drop = arguments.option("maildrop", null);
		if ((config == null || config.isBlank()) == (drop == null || drop.isBlank())) {
			throw new UsageException("issues send: " + (config == null ? "mail is not configured: give --mail FILE (the mail.* settings "
					+ "of docs/server.md, SMTP when mail.host is set) or --maildrop DIR (the pickup directory of the mail system); "
					+ "the notices stay in the outbox until then" : "--mail and --maildrop exclude each other"));
		}
		Instant at = AsOf.moment(arguments, "at");
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			Outbox.Sent sent;
			String destination;
			if (config != null) {
				MailSettings settings = PublishCommand.mailSettings(arguments, file);
				try (MailChannel channel = new MailChannel(settings)) {
					destination = channel.destination();
					sent = Outbox.send(engagement, mail -> channel.send(mail.to(), mail.toName(), mail.subject(), mail.body(),
							mail.id() + ".eml"), at);
				}
			} else {
				destination = drop;
				sent = Outbox.send(engagement, new MailDrop(Path.of(drop), arguments.option("from",
						"Fulcrum partner support <fulcrum@localhost>"), Clock.fixed(at, ZoneOffset.UTC)), at);
			}
			if (!sent.sent().isEmpty() || !sent.failed().isEmpty()) {
				document.markDirty();
				document.save();
			}
			sent.failed().forEach(n -> console.err().println("fulcrum: not sent to " + n.getTo().getName() + ": " + n.getError()
					+ " (" + n.getSubject() + ")"));
			console.out().println(sent.sent().size() + " sent to " + destination + ", " + sent.failed().size() + " still pending");
			return sent.failed().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
		}
	}

	static EscalationLevel level(String name) throws UsageException {
		EscalationLevel level = EscalationLevel.get(IssueChanges.camel(name));
		if (level == null) {
			throw new UsageException("issues path: --level is " + String.join(", ", Arrays.stream(EscalationLevel.values())
					.map(l -> Labels.level(l).replace(' ', '-').toLowerCase(java.util.Locale.ROOT)).toList()) + ", not '" + name + "'");
		}
		return level;
	}
}

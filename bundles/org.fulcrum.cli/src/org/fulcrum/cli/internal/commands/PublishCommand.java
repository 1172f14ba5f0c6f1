package org.fulcrum.cli.internal.commands;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.server.client.FormBuilder;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.Publishing;
import org.fulcrum.server.client.ServerClient;

/**
 * {@code ./fulcrum publish ENG --server URL}: sends the open invitations and their questionnaires
 * to the server and each rater their private link, by SMTP or as {@code .eml} files in an outbox.
 */
public final class PublishCommand implements Command {

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public String synopsis() {
		return "ENG [--server URL] [--round NAME] [--mail FILE] [--no-mail]";
	}

	@Override
	public String summary() {
		return "publish open invitations to a Fulcrum server and send raters their links (docs/server.md)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("server", "round", "mail", "no-mail")).atMost(1);
		boolean noMail = arguments.flag("no-mail");
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		URI server = ServerAccess.server(arguments, file);
		ServerClient client = ServerAccess.client(arguments, server);
		MailSettings mail = mailSettings(arguments, file);
		publish(file, client, arguments.option("round", null), noMail ? null : mail, console);
		return ExitCode.OK;
	}

	/** Publishes and sends the links ({@code mail} null: none sent); shared with {@code serve --demo}. */
	static Publisher.Prepared publish(Path file, ServerClient client, String round, MailSettings mail, Console console) throws Exception {
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Publisher.Prepared prepared = Publisher.prepare(document.engagement(), round, client.server(), new FormBuilder(InstrumentCatalog.installed()));
			if (prepared.links().isEmpty()) {
				console.out().println("publish: " + file.getFileName() + " has no open invitations" + (round == null ? "" : " in round " + round));
				return prepared;
			}
			// Saved before sending: tokens renewed here must be the ones the server and the e-mails carry.
			document.markDirty();
			document.save();
			Publishing.Outcome outcome = Publishing.send(file, document.engagement(), prepared, client, mail);
			console.out().println("publish: " + outcome.summary(client.server()));
			if (prepared.renewed() > 0) {
				console.out().println("  " + prepared.renewed() + " token(s) were renewed to 256 random bits; forms exported earlier carry the old ones");
			}
			if (outcome.mailSummary() != null) {
				console.out().println("  " + outcome.mailSummary());
			}
			return prepared;
		}
	}

	static MailSettings mailSettings(Arguments arguments, Path engagement) throws Exception {
		Path outbox = engagement.toAbsolutePath().resolveSibling("outbox");
		String config = arguments.option("mail", null);
		if (config == null) {
			return MailSettings.outbox(outbox);
		}
		Path file = Path.of(config);
		if (!Files.isRegularFile(file)) {
			throw new StoreException(file, "does not exist or is not a file");
		}
		return MailSettings.read(file, outbox, ServerAccess.environment());
	}
}

package org.fulcrum.ui.internal.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.server.client.FormBuilder;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.Publishing;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.ui.internal.session.Session;

/**
 * Publishes an open engagement's open invitations from the workbench, as {@code ./fulcrum publish}
 * does: tokens renewed where needed and saved first (the links the server accepts must be the ones
 * the file keeps), then the questionnaires and invitations sent in a background job, the server
 * remembered beside the file, and the raters' links mailed by the settings in {@code mail.properties}
 * beside the engagement or, without them, written to its {@code outbox/} folder.
 */
public final class InvitationPublisher {

	/** The mail settings file the workbench looks for beside the engagement. */
	public static final String MAIL_SETTINGS = "mail.properties";

	/** What happened: nothing to publish, the server's answer, or why it failed. */
	public record Outcome(Publishing.Outcome published, int renewed, String failure) {

		public String summary(ServerConnection connection) {
			if (failure != null) {
				return "Publishing failed: " + failure;
			}
			if (published == null) {
				return "There are no open invitations to publish.";
			}
			StringBuilder text = new StringBuilder(published.summary(connection.server())).append('.');
			if (renewed > 0) {
				text.append("\n").append(renewed).append(" token(s) were renewed to 256 random bits; forms exported earlier carry the old ones.");
			}
			if (published.mailSummary() != null) {
				text.append("\n").append(published.mailSummary()).append('.');
			}
			return text.toString();
		}
	}

	private InvitationPublisher() {
	}

	/**
	 * Publishes a saved session (the caller saves first). Call on the UI thread: preparing changes
	 * the tokens of the live model, outside the undo history, and saves them.
	 */
	public static CompletableFuture<Outcome> publish(Session session, ServerConnection connection, InstrumentCatalog instruments) {
		CompletableFuture<Outcome> done = new CompletableFuture<>();
		Path file = session.file();
		Publisher.Prepared prepared;
		MailSettings mail;
		try {
			prepared = Publisher.prepare(session.engagement(), null, connection.server(), new FormBuilder(instruments));
			if (prepared.links().isEmpty()) {
				done.complete(new Outcome(null, 0, null));
				return done;
			}
			mail = mailSettings(file);
			// Renewed tokens must never be undone once the server may hold them.
			session.saveOutsideCommands();
		} catch (StoreException e) {
			done.complete(new Outcome(null, 0, e.getMessage()));
			return done;
		} catch (Exception e) {
			done.complete(new Outcome(null, 0, e.getMessage() == null ? e.toString() : e.getMessage()));
			return done;
		}
		Job job = Job.create("Publishing " + file.getFileName() + " to " + connection.server().getAuthority(), (IProgressMonitor monitor) -> {
			try {
				done.complete(new Outcome(Publishing.send(file, session.engagement(), prepared, connection.client(), mail), prepared.renewed(), null));
			} catch (Exception e) {
				done.complete(new Outcome(null, prepared.renewed(), e.getMessage() == null ? e.toString() : e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return done;
	}

	private static MailSettings mailSettings(Path engagement) throws java.io.IOException {
		Path outbox = engagement.toAbsolutePath().resolveSibling("outbox");
		Path settings = engagement.toAbsolutePath().resolveSibling(MAIL_SETTINGS);
		return Files.isRegularFile(settings) ? MailSettings.read(settings, outbox, ServerLink.environment()) : MailSettings.outbox(outbox);
	}
}

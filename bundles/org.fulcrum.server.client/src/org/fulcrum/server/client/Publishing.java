package org.fulcrum.server.client;

import java.nio.file.Path;
import java.util.Map;

import org.fulcrum.mail.MailSettings;
import org.fulcrum.model.Engagement;

/**
 * The second half of publishing, shared by {@code ./fulcrum publish} and the workbench: once the
 * engagement with the {@link Publisher.Prepared prepared} tokens is saved, the invitations go to
 * the server, the engagement remembers it, and the raters' links are mailed (or written to the
 * outbox).
 */
public final class Publishing {

	/** What the server answered and how many links were sent (0 when no mail was asked for). */
	public record Outcome(int invitations, Object added, Object known, Object forms, int mailed, MailSettings mail) {

		/** One line for the user, e.g. "12 invitations on https://… (3 new, 9 there already), 1 questionnaire(s)". */
		public String summary(java.net.URI server) {
			return invitations + " invitations on " + server + " (" + added + " new, " + known + " there already), " + forms + " questionnaire(s)";
		}

		/** Where the links went, or null when none were sent. */
		public String mailSummary() {
			if (mail == null) {
				return null;
			}
			return mail.smtp() ? mailed + " invitation(s) sent through " + mail.host()
					: mailed + " invitation(s) written to " + mail.outbox() + " (no SMTP configured: send them yourself)";
		}
	}

	private Publishing() {
	}

	/**
	 * Sends a prepared publication. Call only after the engagement holding its tokens was saved:
	 * the links the server accepts must be the ones the file keeps.
	 *
	 * @param mail null to send no links
	 */
	public static Outcome send(Path file, Engagement engagement, Publisher.Prepared prepared, ServerClient client, MailSettings mail)
			throws Exception {
		Map<String, Object> answer = client.publish(prepared.publication());
		ServerLink.remember(file, client.server());
		int mailed = mail == null ? 0 : new InvitationMail(mail).send(engagement, prepared.links(), InvitationMail.Kind.INVITATION);
		return new Outcome(prepared.links().size(), answer.get("added"), answer.get("known"), answer.get("forms"), mailed, mail);
	}
}

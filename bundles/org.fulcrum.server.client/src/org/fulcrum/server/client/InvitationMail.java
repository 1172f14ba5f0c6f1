package org.fulcrum.server.client;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.fulcrum.mail.MailChannel;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.query.GroupWords;

/**
 * Sends each rater their private link (invitation or reminder) through SMTP, or writes the
 * messages as {@code .eml} files to the outbox. Texts come from the NLS bundle
 * {@code nls/mail*.properties} in the settings' language. Links appear only in the messages.
 */
public final class InvitationMail {

	public enum Kind {
		INVITATION, REMINDER
	}

	private final MailSettings settings;

	public InvitationMail(MailSettings settings) {
		this.settings = settings;
	}

	/** Sends or writes one message per link; returns how many. */
	public int send(Engagement engagement, List<Publisher.Link> links, Kind kind) throws IOException {
		if (links.isEmpty()) {
			return 0;
		}
		ResourceBundle texts = ResourceBundle.getBundle("org.fulcrum.server.client.nls.mail", Locale.forLanguageTag(settings.language()),
				InvitationMail.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String prefix = kind == Kind.INVITATION ? "invitation" : "reminder";
		try (MailChannel channel = new MailChannel(settings)) {
			int n = 0;
			for (Publisher.Link link : links) {
				Assessment assessment = (Assessment) link.invitation().eContainer();
				Object[] values = { link.invitation().getRater().getName(), assessment.getSubject().getName(), link.url().toString(),
						engagement.getName(), GroupWords.of(link.invitation().getRelationship()) };
				channel.send(link.invitation().getRater().getEmail(), null, format(texts, prefix + ".subject", values),
						format(texts, prefix + ".body", values), file(link, kind));
				n++;
			}
			return n;
		}
	}

	private static String file(Publisher.Link link, Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT) + "-" + link.invitation().getId().replaceAll("[^A-Za-z0-9_.-]", "_") + ".eml";
	}

	private static String format(ResourceBundle texts, String key, Object[] values) {
		return new MessageFormat(texts.getString(key).replace("'", "''")).format(values);
	}
}

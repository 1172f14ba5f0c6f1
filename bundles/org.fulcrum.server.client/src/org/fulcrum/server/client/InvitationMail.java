package org.fulcrum.server.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

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
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		// Jakarta Mail finds its providers (Angus) through the context class loader: in OSGi it must be Angus's own.
		Thread.currentThread().setContextClassLoader(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
		try {
			Session session = session();
			ResourceBundle texts = ResourceBundle.getBundle("org.fulcrum.server.client.nls.mail", Locale.forLanguageTag(settings.language()),
					InvitationMail.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			String prefix = kind == Kind.INVITATION ? "invitation" : "reminder";
			if (!settings.smtp()) {
				Files.createDirectories(settings.outbox());
			}
			Transport transport = settings.smtp() ? session.getTransport("smtp") : null;
			try {
				if (transport != null) {
					transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
				}
				int n = 0;
				for (Publisher.Link link : links) {
					Assessment assessment = (Assessment) link.invitation().eContainer();
					Object[] values = { link.invitation().getRater().getName(), assessment.getSubject().getName(), link.url().toString(),
							engagement.getName(), org.fulcrum.model.query.GroupWords.of(link.invitation().getRelationship()) };
					MimeMessage message = new MimeMessage(session);
					message.setFrom(new InternetAddress(settings.from()));
					message.setRecipient(Message.RecipientType.TO, new InternetAddress(link.invitation().getRater().getEmail()));
					message.setSubject(format(texts, prefix + ".subject", values), "UTF-8");
					message.setText(format(texts, prefix + ".body", values), "UTF-8");
					message.saveChanges();
					if (transport != null) {
						transport.sendMessage(message, message.getAllRecipients());
					} else {
						try (OutputStream out = Files.newOutputStream(settings.outbox().resolve(file(link, kind)))) {
							message.writeTo(out);
						}
					}
					n++;
				}
				return n;
			} finally {
				if (transport != null) {
					transport.close();
				}
			}
		} catch (MessagingException e) {
			throw new IOException((settings.smtp() ? "mail to " + settings.host() + ":" + settings.port() : "writing the outbox") + " failed: "
					+ e.getMessage(), e);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

	private Session session() {
		Properties properties = new Properties();
		if (settings.smtp()) {
			properties.put("mail.smtp.host", settings.host());
			properties.put("mail.smtp.port", Integer.toString(settings.port()));
			properties.put("mail.smtp.auth", Boolean.toString(settings.user() != null));
			properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
			properties.put("mail.smtp.connectiontimeout", "10000");
			properties.put("mail.smtp.timeout", "30000");
		}
		return Session.getInstance(properties);
	}

	private static String file(Publisher.Link link, Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT) + "-" + link.invitation().getId().replaceAll("[^A-Za-z0-9_.-]", "_") + ".eml";
	}

	private static String format(ResourceBundle texts, String key, Object[] values) {
		return new MessageFormat(texts.getString(key).replace("'", "''")).format(values);
	}
}

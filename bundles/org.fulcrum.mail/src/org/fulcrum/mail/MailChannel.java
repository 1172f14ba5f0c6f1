package org.fulcrum.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One sending run under {@link MailSettings}: plain-text messages go to the SMTP server when
 * {@code mail.host} is set, else as {@code .eml} files into the outbox folder. The SMTP connection
 * is opened at the first message and kept for the run; {@link #send} returns only once the server
 * accepted the message (or the file is in place), so a caller may then record it as sent.
 */
public final class MailChannel implements AutoCloseable {

	private final MailSettings settings;
	private final Session session;
	private Transport transport;

	public MailChannel(MailSettings settings) {
		this.settings = settings;
		this.session = inAngus(() -> Session.getInstance(properties(settings)));
	}

	/** Where messages go, for reports: {@code host:port} or the outbox folder. */
	public String destination() {
		return settings.smtp() ? settings.host() + ":" + settings.port() : settings.outbox().toString();
	}

	public boolean smtp() {
		return settings.smtp();
	}

	/**
	 * Sends one message from the settings' sender to {@code to}; {@code file} names its
	 * {@code .eml} file in the outbox when there is no SMTP.
	 *
	 * @throws IOException naming the SMTP server or the outbox, when the message was not accepted
	 */
	public void send(String to, String toName, String subject, String body, String file) throws IOException {
		try {
			inAngus(() -> {
				MimeMessage message = new MimeMessage(session);
				message.setFrom(new InternetAddress(settings.from()));
				InternetAddress recipient = new InternetAddress(to, true);
				if (toName != null && !toName.isBlank()) {
					recipient.setPersonal(toName.replaceAll("[\r\n]+", " "), "UTF-8");
				}
				message.setRecipient(Message.RecipientType.TO, recipient);
				message.setSubject(subject == null ? "" : subject.replaceAll("[\r\n]+", " "), "UTF-8");
				message.setText(body == null ? "" : body, "UTF-8");
				message.saveChanges();
				if (settings.smtp()) {
					transport().sendMessage(message, message.getAllRecipients());
				} else {
					write(message, file);
				}
				return null;
			});
		} catch (MailFailure e) {
			throw new IOException((settings.smtp() ? "mail to " + destination() : "writing the outbox " + destination()) + " failed: "
					+ e.getCause().getMessage(), e.getCause());
		}
	}

	private Transport transport() throws MessagingException {
		if (transport == null || !transport.isConnected()) {
			Transport opened = session.getTransport("smtp");
			opened.connect(settings.host(), settings.port(), settings.user(), settings.password());
			transport = opened;
		}
		return transport;
	}

	private void write(MimeMessage message, String file) throws IOException, MessagingException {
		Path directory = settings.outbox();
		Files.createDirectories(directory);
		// written whole under a temporary name, then moved: a pickup process never reads half a message
		Path temporary = Files.createTempFile(directory, ".", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				message.writeTo(out);
			}
			Files.move(temporary, directory.resolve(file.replaceAll("[^A-Za-z0-9_.-]", "_")), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public void close() throws IOException {
		if (transport != null) {
			try {
				transport.close();
			} catch (MessagingException e) {
				throw new IOException("closing the connection to " + destination() + " failed: " + e.getMessage(), e);
			} finally {
				transport = null;
			}
		}
	}

	private static Properties properties(MailSettings settings) {
		Properties properties = new Properties();
		if (settings.smtp()) {
			properties.put("mail.smtp.host", settings.host());
			properties.put("mail.smtp.port", Integer.toString(settings.port()));
			properties.put("mail.smtp.auth", Boolean.toString(settings.user() != null));
			properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
			properties.put("mail.smtp.connectiontimeout", "10000");
			properties.put("mail.smtp.timeout", "30000");
		}
		return properties;
	}

	private interface MailAction<T> {
		T run() throws IOException, MessagingException;
	}

	/** Carries a mail or file error out of {@link #inAngus}. */
	private static final class MailFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		MailFailure(Exception cause) {
			super(cause);
		}
	}

	/** Jakarta Mail finds its providers (Angus) through the context class loader: in OSGi it must be Angus's own. */
	private static <T> T inAngus(MailAction<T> action) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
		try {
			return action.run();
		} catch (IOException | MessagingException e) {
			throw new MailFailure(e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}

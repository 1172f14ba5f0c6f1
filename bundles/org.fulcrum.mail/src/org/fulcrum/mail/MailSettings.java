package org.fulcrum.mail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * How messages (invitations, partner-issue notices) leave the consultant's machine: by SMTP when {@code mail.host} is set, else
 * as {@code .eml} files in an outbox folder for the consultant to send. Read from the {@code mail.*}
 * keys of the settings file (docs/server.md); {@code ${env:NAME}} takes a value from the environment.
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls, Path outbox,
		String language) {

	/** No SMTP: messages go to {@code outbox}. */
	public static MailSettings outbox(Path outbox) {
		return new MailSettings(null, 25, "fulcrum@localhost", null, null, false, outbox, "en");
	}

	public boolean smtp() {
		return host != null;
	}

	public static MailSettings read(Path file, Path defaultOutbox, Map<String, String> environment) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		String host = value(p, "mail.host", environment);
		String port = value(p, "mail.port", environment);
		String outbox = value(p, "mail.outbox", environment);
		String from = value(p, "mail.from", environment);
		String language = value(p, "mail.language", environment);
		try {
			return new MailSettings(host, port == null ? 587 : Integer.parseInt(port), from == null ? "fulcrum@localhost" : from,
					value(p, "mail.user", environment), value(p, "mail.password", environment),
					!"false".equals(value(p, "mail.starttls", environment)),
					outbox == null ? defaultOutbox : file.toAbsolutePath().getParent().resolve(outbox), language == null ? "en" : language);
		} catch (NumberFormatException e) {
			throw new IOException(file + ": mail.port: '" + port + "' is not a port number");
		}
	}

	private static String value(Properties p, String key, Map<String, String> environment) throws IOException {
		String raw = p.getProperty(key);
		if (raw == null || raw.isBlank()) {
			return null;
		}
		raw = raw.strip();
		if (raw.startsWith("${env:") && raw.endsWith("}")) {
			String name = raw.substring(6, raw.length() - 1);
			String set = environment.get(name);
			if (set == null) {
				throw new IOException(key + ": the environment variable " + name + " is not set");
			}
			return set;
		}
		return raw;
	}
}

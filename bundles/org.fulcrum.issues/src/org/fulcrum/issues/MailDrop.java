package org.fulcrum.issues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Delivers notices as RFC 5322 message files ({@code .eml}) into a pickup directory, for a mail
 * system (or a person) to send on. Each file is written whole under a temporary name and then
 * moved into place, so a pickup process never reads half a message; names that are not plain
 * ASCII are encoded as RFC 2047 words.
 */
public final class MailDrop implements MailDelivery {

	private final Path directory;
	private final String from;
	private final Clock clock;

	public MailDrop(Path directory, String from, Clock clock) {
		this.directory = directory;
		this.from = from;
		this.clock = clock;
	}

	@Override
	public void deliver(Mail mail) throws IOException {
		if (mail.to().contains("\n") || mail.to().contains("\r") || !mail.to().contains("@")) {
			throw new IOException("'" + mail.to() + "' is not an e-mail address");
		}
		Files.createDirectories(directory);
		String name = mail.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".eml";
		StringBuilder message = new StringBuilder();
		message.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock))).append("\r\n");
		message.append("From: ").append(from).append("\r\n");
		message.append("To: ").append(mail.toName() == null || mail.toName().isBlank() ? "" : word(mail.toName()) + " ")
				.append('<').append(mail.to()).append(">\r\n");
		message.append("Subject: ").append(word(mail.subject() == null ? "" : mail.subject())).append("\r\n");
		message.append("Message-ID: <").append(mail.id().replaceAll("[^A-Za-z0-9._-]", ".")).append("@fulcrum>\r\n");
		message.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
		message.append((mail.body() == null ? "" : mail.body()).replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
		Path temporary = Files.createTempFile(directory, ".", ".tmp");
		try {
			Files.writeString(temporary, message, StandardCharsets.UTF_8);
			Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The text as is when it is printable ASCII, else an RFC 2047 encoded word. */
	static String word(String text) {
		String flat = text.replaceAll("[\r\n]+", " ");
		if (flat.chars().allMatch(c -> c >= 32 && c < 127)) {
			return flat;
		}
		return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(flat.getBytes(StandardCharsets.UTF_8)) + "?=";
	}
}

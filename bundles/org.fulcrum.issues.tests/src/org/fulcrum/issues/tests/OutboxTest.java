package org.fulcrum.issues.tests;

import static org.fulcrum.issues.tests.IssueFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.fulcrum.issues.MailDelivery;
import org.fulcrum.issues.MailDrop;
import org.fulcrum.issues.Outbox;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.Notification;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox keeps notices until they are delivered; one that cannot go stays pending with the reason. */
class OutboxTest {

	private static final Instant NOW = Instant.parse("2026-11-03T08:00:00Z");

	private final IssueFixture fixture = new IssueFixture();
	private final Person sofia = fixture.person("sup-sofia", "Sofia Marín", "sofia@example.com");

	@Test
	void aMailDropWritesOneWholeMessagePerNoticeAndMarksItSent(@TempDir Path drop) throws Exception {
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia);
		fixture.take(Priority.P3); // Sofia owns it: she and the partner manager are told
		Outbox.Sent sent = Outbox.send(fixture.engagement, new MailDrop(drop, "Partner support <support@example.com>",
				Clock.fixed(NOW, ZoneOffset.UTC)), NOW);
		assertEquals(2, sent.sent().size());
		assertEquals(List.of(), Outbox.pending(fixture.engagement));
		assertEquals(Date.from(NOW), sent.sent().get(0).getSent());
		try (var files = Files.list(drop)) {
			assertEquals(List.of("ISS-0001_owner_sup-sofia_pm-dvorak.eml", "ISS-0001_owner_sup-sofia_sup-sofia.eml"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		String message = Files.readString(drop.resolve("ISS-0001_owner_sup-sofia_sup-sofia.eml"), StandardCharsets.UTF_8);
		assertTrue(message.startsWith("Date: Tue, 3 Nov 2026 08:00:00 GMT\r\nFrom: Partner support <support@example.com>\r\n"
				+ "To: =?UTF-8?B?"), message);
		assertTrue(message.contains("<sofia@example.com>\r\nSubject: =?UTF-8?B?"), message);
		assertTrue(message.contains("\r\n\r\nYou own the resolution of this issue"), message);
		assertEquals(0, Outbox.send(fixture.engagement, mail -> {
			throw new AssertionError("nothing is pending");
		}, NOW).sent().size());
	}

	@Test
	void aNoticeThatCannotBeDeliveredStaysPendingWithTheReason() {
		sofia.setEmail(null);
		fixture.path(EscalationLevel.PARTNER_SUPPORT, sofia);
		fixture.take(Priority.P3);
		MailDelivery refusing = mail -> {
			throw new java.io.IOException("550 mailbox unavailable");
		};
		Outbox.Sent sent = Outbox.send(fixture.engagement, refusing, NOW);
		assertEquals(0, sent.sent().size());
		assertEquals(List.of("Sofia Marín (sup-sofia) has no e-mail address", "550 mailbox unavailable"),
				sent.failed().stream().map(Notification::getError).toList());
		assertEquals(2, Outbox.pending(fixture.engagement).size());
		List<MailDelivery.Mail> delivered = new java.util.ArrayList<>();
		sofia.setEmail("sofia@example.com");
		Outbox.send(fixture.engagement, delivered::add, at(30));
		assertEquals(2, delivered.size());
		assertNull(fixture.engagement.getOutbox().get(0).getError());
		assertEquals("sofia@example.com", delivered.get(0).to());
	}
}

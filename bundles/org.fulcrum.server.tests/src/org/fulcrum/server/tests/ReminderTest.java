package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.InvitationMail;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.server.client.Reminders;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders and withdrawal from the outside: the demo engagement is published by mail to an
 * in-process SMTP server; one rater submits in the portal, one is withdrawn with
 * {@code ./fulcrum withdraw}; reminders then follow the schedule on a fixed clock (days counted
 * from the server's own publishing time, never today's date) to the others only, once per step,
 * recorded on the server; without SMTP they land in the outbox in the settings' language.
 */
class ReminderTest {

	@TempDir
	Path folder;

	@Test
	void remindersFollowTheScheduleAndSkipWhoFinishedOrWasWithdrawn() throws Exception {
		Path keys = folder.resolve("keys.properties");
		System.setProperty("fulcrum.keyFile", keys.toString());
		Path engagementFile = DemoServer.create(folder);
		try (FulcrumServer server = FulcrumServer.start(ServerConfig.embedded(folder.resolve("server"), 0)); SmtpReceiver smtp = new SmtpReceiver()) {
			String key = server.createKey("reminder test");
			ServerLink.storeKey(server.publicUrl(), key, Map.of("FULCRUM_KEY_FILE", keys.toString()));
			Path mail = folder.resolve("mail.properties");
			Files.writeString(mail, "mail.host = 127.0.0.1\nmail.port = " + smtp.port() + "\nmail.starttls = false\nmail.from = consultant@example.com\n");
			DemoServer.Run publish = DemoServer.cli("publish", engagementFile.toString(), "--server", server.publicUrl().toString(), "--mail",
					mail.toString());
			assertEquals(0, publish.code(), publish.err() + publish.out());
			Map<String, List<String>> linksByEmail = links(server.publicUrl(), smtp.messages);
			int open = linksByEmail.values().stream().mapToInt(List::size).sum();
			// the finished and the withdrawn rater have one invitation each: nothing of theirs stays open
			List<String> single = linksByEmail.keySet().stream().filter(e -> linksByEmail.get(e).size() == 1).toList();
			assertTrue(single.size() >= 2 && open >= 4, "enough open invitations in the demo: " + linksByEmail.keySet());
			String finished = single.get(0);
			String withdrawn = single.get(1);
			Map<String, String> linkByEmail = Map.of(finished, linksByEmail.get(finished).get(0), withdrawn, linksByEmail.get(withdrawn).get(0));
			List<String> others = linksByEmail.keySet().stream().filter(e -> !e.equals(finished) && !e.equals(withdrawn)).toList();
			int reminded = open - 2;

			assertTrue(submit(server.publicUrl(), linkByEmail.get(finished)), "the first rater submits");
			Rater early = new Rater(server.publicUrl());
			assertEquals(200, early.open(URI.create(linkByEmail.get(withdrawn))).statusCode(), "the rater to be withdrawn had opened it");

			DemoServer.Run withdraw = DemoServer.cli("withdraw", engagementFile.toString(), "--rater", withdrawn);
			assertEquals(0, withdraw.code(), withdraw.err() + withdraw.out());
			assertEquals("", withdraw.err(), "stderr stays empty on success");
			assertTrue(withdraw.out().contains("closed on " + server.publicUrl()), withdraw.out());
			// the link and the session it had started both say the questionnaire is closed
			var link = new Rater(server.publicUrl()).get(URI.create(linkByEmail.get(withdrawn)));
			assertEquals(410, link.statusCode());
			assertTrue(link.body().contains("This questionnaire is closed"), link.body());
			assertEquals(410, early.get("/q").statusCode(), "the session opened before the withdrawal");
			assertEquals(List.of(InvitationStatus.DECLINED), new EngagementStore().read(engagementFile).getAssessments().stream()
					.flatMap(a -> a.getInvitations().stream()).filter(i -> i.getToken() != null && linkByEmail.get(withdrawn).endsWith("/" + i.getToken()))
					.map(i -> i.getStatus()).toList(), "the engagement marks the invitation declined");
			// a sheet submitted on the server but not pulled yet is not withdrawn, and stays open for pull
			DemoServer.Run submitted = DemoServer.cli("withdraw", engagementFile.toString(), "--rater", finished);
			assertEquals(1, submitted.code(), submitted.out() + submitted.err());
			assertTrue(submitted.err().contains("already submitted on the server, not withdrawn (./fulcrum pull takes it in)"), submitted.err());
			assertEquals(List.of(InvitationStatus.INVITED), new EngagementStore().read(engagementFile).getAssessments().stream()
					.flatMap(a -> a.getInvitations().stream()).filter(i -> i.getToken() != null && linkByEmail.get(finished).endsWith("/" + i.getToken()))
					.map(i -> i.getStatus()).toList(), "the engagement still waits for the submitted sheet");
			DemoServer.Run again = DemoServer.cli("withdraw", engagementFile.toString(), "--rater", withdrawn);
			assertNotEquals(0, again.code(), "nothing open is left to withdraw");
			assertTrue(again.err().contains("no open invitation of '" + withdrawn + "'"), again.err());

			ServerClient client = new ServerClient(server.publicUrl(), key);
			Engagement engagement = new EngagementStore().read(engagementFile);
			List<Map<String, Object>> progress = client.progress(engagement.getId());
			Instant published = progress.stream().map(p -> Instant.parse((String) p.get("published"))).max(Instant::compareTo).orElseThrow();
			InvitationMail smtpMail = new InvitationMail(MailSettings.read(mail, folder.resolve("outbox"), Map.of()));

			smtp.messages.clear();
			Reminders.Outcome sixDays = Reminders.send(engagement, null, client, smtpMail, Reminders.DEFAULT_DAYS, published.plus(Duration.ofDays(6)));
			assertEquals(0, sixDays.sent(), "nothing is due before the seventh day");
			assertEquals(reminded, sixDays.notDue());

			Instant seventh = published.plus(Duration.ofDays(7));
			Reminders.Outcome first = Reminders.send(engagement, null, client, smtpMail, Reminders.DEFAULT_DAYS, seventh);
			assertEquals(reminded, first.sent());
			assertEquals(2, first.closed(), "the finished and the withdrawn rater");
			assertEquals(reminded, smtp.messages.size());
			for (String message : smtp.messages) {
				// the subject is RFC 2047-encoded when a name is not ASCII
				assertTrue(Pattern.compile("(?m)^Subject: (=\\?UTF-8\\?Q\\?)?Reminder:[ _]your[ _]feedback[ _]on").matcher(message).find(), message);
			}
			assertEquals(java.util.Set.copyOf(others), recipients(smtp.messages));
			for (String message : smtp.messages) {
				String decoded = SmtpReceiver.decoded(message);
				assertTrue(linksByEmail.get(recipient(message)).stream().anyMatch(decoded::contains), "each reminder carries its own rater's link");
			}

			smtp.messages.clear();
			assertEquals(0, Reminders.send(engagement, null, client, smtpMail, Reminders.DEFAULT_DAYS, seventh.plus(Duration.ofDays(3))).sent(),
					"one reminder per step, however often it runs");
			assertEquals(reminded, Reminders.send(engagement, null, client, smtpMail, Reminders.DEFAULT_DAYS,
					published.plus(Duration.ofDays(40))).sent(), "the second step: one more, never two at once");
			assertEquals(0, Reminders.send(engagement, null, client, smtpMail, Reminders.DEFAULT_DAYS, published.plus(Duration.ofDays(90))).sent(),
					"the schedule is done");
			assertFalse(recipients(smtp.messages).contains(finished.toLowerCase(java.util.Locale.ROOT)));
			assertFalse(recipients(smtp.messages).contains(withdrawn.toLowerCase(java.util.Locale.ROOT)));
			for (Map<String, Object> sheet : client.progress(engagement.getId())) {
				int expected = "open".equals(sheet.get("status")) ? 2 : 0;
				assertEquals(expected, ((Number) sheet.get("reminders")).intValue(), "audit 'reminded' rows of " + sheet.get("status") + " sheet");
			}

			DemoServer.Run status = DemoServer.cli("status", engagementFile.toString());
			assertEquals(0, status.code(), status.err());
			assertTrue(status.out().contains(", 1 withdrawn; " + 2 * reminded + " reminder(s) sent"), status.out());

			// A round's own schedule, kept beside the engagement; without SMTP into the outbox, in German.
			DemoServer.Run badSchedule = DemoServer.cli("remind", engagementFile.toString(), "--after", "14,7");
			assertNotEquals(0, badSchedule.code());
			assertTrue(badSchedule.err().contains("must rise"), badSchedule.err());
			DemoServer.Run today = DemoServer.cli("remind", engagementFile.toString(), "--after", "7,14,21");
			assertEquals(0, today.code(), today.err());
			assertEquals("", today.err(), "stderr stays empty on success");
			assertTrue(today.out().startsWith("remind: 0 reminder(s) written to"), "nothing is due on the day of publishing: " + today.out());
			assertEquals(List.of(7, 14, 21), ServerLink.reminderDays(engagementFile, null));
			assertEquals(server.publicUrl(), ServerLink.remembered(engagementFile).orElseThrow(), "the server address is kept beside it");
			Path outbox = folder.resolve("outbox-de");
			MailSettings german = new MailSettings(null, 25, "fulcrum@localhost", null, null, false, outbox, "de");
			Reminders.Outcome third = Reminders.send(engagement, null, client, new InvitationMail(german), ServerLink.reminderDays(engagementFile, null),
					published.plus(Duration.ofDays(21)));
			assertEquals(reminded, third.sent());
			List<Path> written;
			try (Stream<Path> files = Files.list(outbox)) {
				written = files.sorted().toList();
			}
			assertEquals(reminded, written.size());
			for (Path eml : written) {
				assertTrue(eml.getFileName().toString().startsWith("reminder-"), eml.toString());
				String text = Files.readString(eml, java.nio.charset.StandardCharsets.ISO_8859_1);
				assertTrue(text.contains("Erinnerung"), "the German template: " + text);
			}
		}
	}

	/** Answers every item of the rater's questionnaire with 3 and submits; true once it says it can no longer be changed. */
	private static boolean submit(URI server, String link) throws Exception {
		Rater rater = new Rater(server);
		String page = rater.open(URI.create(link)).body();
		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
		Rater.items(page).forEach(i -> form.put("a:" + i, "3"));
		form.put("action", "review");
		if (rater.post("/q", form).statusCode() != 303) {
			return false;
		}
		Map<String, String> submit = new LinkedHashMap<>(Rater.hidden(rater.get("/q?review=1").body()));
		submit.put("action", "submit");
		return rater.post("/q", submit).statusCode() == 303 && rater.get("/q").body().contains("can no longer be changed");
	}

	/** Each recipient's links, from the invitation e-mails (lower-case addresses). */
	private static Map<String, List<String>> links(URI server, List<String> messages) {
		Pattern link = Pattern.compile(Pattern.quote(server.toString()) + "/r/[A-Za-z0-9_-]{43}");
		Map<String, List<String>> links = new LinkedHashMap<>();
		for (String message : messages) {
			Matcher matcher = link.matcher(SmtpReceiver.decoded(message));
			assertTrue(matcher.find(), "every invitation carries its link");
			links.computeIfAbsent(recipient(message), r -> new java.util.ArrayList<>()).add(matcher.group());
		}
		return links;
	}

	private static String recipient(String message) {
		Matcher to = Pattern.compile("(?m)^To: (.+)$").matcher(message);
		assertTrue(to.find(), message);
		return to.group(1).strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static java.util.Set<String> recipients(List<String> messages) {
		return messages.stream().map(ReminderTest::recipient).collect(java.util.stream.Collectors.toSet());
	}
}

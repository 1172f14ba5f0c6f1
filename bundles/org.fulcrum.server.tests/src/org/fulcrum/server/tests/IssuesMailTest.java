package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.demo.DemoCoaching;
import org.fulcrum.issues.Outbox;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code issues send --mail FILE}: the partner-issue notices go through the same SMTP settings
 * and code as {@code publish}, to an in-process SMTP server; a notice is marked sent only once the
 * server accepted it, and a refused connection leaves every notice pending with the reason.
 */
class IssuesMailTest {

	@TempDir
	Path folder;

	@Test
	void pendingNoticesGoThroughSmtpAndAreMarkedSentOnlyWhenAccepted() throws Exception {
		Path engagement = withNotices();
		List<Notification> before = Outbox.pending(new EngagementStore().read(engagement));
		assertTrue(before.size() > 1, "the demo queues notices");
		try (SmtpReceiver smtp = new SmtpReceiver()) {
			Path mail = settings(smtp.port());
			DemoServer.Run run = DemoServer.cli("issues", "send", engagement.toString(), "--mail", mail.toString(), "--at", "2026-11-27T08:00Z");
			assertEquals(ExitCode.OK, run.code(), run.err() + run.out());
			assertEquals(before.size() + " sent to 127.0.0.1:" + smtp.port() + ", 0 still pending\n", run.out());
			assertEquals(before.size(), smtp.messages.size());
			for (Notification notice : before) {
				String address = notice.getTo().getEmail();
				assertTrue(smtp.messages.stream().map(SmtpReceiver::decoded)
						.anyMatch(m -> m.contains(address + ">") && m.contains("From: support@partner.example")),
						"a message to " + address + " from the configured sender");
			}
		}
		Engagement after = new EngagementStore().read(engagement);
		assertEquals(0, Outbox.pending(after).size());
		assertTrue(after.getOutbox().stream().filter(n -> n.getSent() != null).allMatch(n -> n.getError() == null));
	}

	@Test
	void aRefusedConnectionLeavesEveryNoticePendingWithTheReasonAndExitsOne() throws Exception {
		Path engagement = withNotices();
		int pending = Outbox.pending(new EngagementStore().read(engagement)).size();
		int closed;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = probe.getLocalPort(); // free again once closed: nothing listens there
		}
		DemoServer.Run run = DemoServer.cli("issues", "send", engagement.toString(), "--mail", settings(closed).toString());
		assertEquals(ExitCode.FINDINGS, run.code(), run.err() + run.out());
		assertEquals("0 sent to 127.0.0.1:" + closed + ", " + pending + " still pending\n", run.out());
		assertTrue(run.err().contains("mail to 127.0.0.1:" + closed + " failed"), run.err());
		Engagement after = new EngagementStore().read(engagement);
		List<Notification> still = Outbox.pending(after);
		assertEquals(pending, still.size());
		assertTrue(still.stream().allMatch(n -> n.getError() != null && n.getError().contains("127.0.0.1:" + closed)), "the reason is kept");
		assertTrue(Files.notExists(engagement.resolveSibling("outbox")), "no fallback to the folder when SMTP is configured");
	}

	@Test
	void withoutMailHostTheNoticesGoToTheOutboxFolderAsMessageFiles() throws Exception {
		Path engagement = withNotices();
		int pending = Outbox.pending(new EngagementStore().read(engagement)).size();
		Path mail = folder.resolve("nohost.properties");
		Files.writeString(mail, "mail.from = support@partner.example\nmail.outbox = notices\n");
		DemoServer.Run run = DemoServer.cli("issues", "send", engagement.toString(), "--mail", mail.toString());
		assertEquals(ExitCode.OK, run.code(), run.err() + run.out());
		try (var files = Files.list(folder.resolve("notices"))) {
			List<Path> messages = files.filter(f -> f.toString().endsWith(".eml")).toList();
			assertEquals(pending, messages.size());
			assertTrue(Files.readString(messages.get(0)).contains("From: support@partner.example"));
		}
	}

	/** The demo engagement with its partner issues and the notices their rules queue by 2026-12-01. */
	private Path withNotices() throws Exception {
		Path engagement = DemoServer.create(folder);
		try (EngagementDocument document = new EngagementStore().open(engagement)) {
			DemoCoaching.addTo(document.engagement());
			document.markDirty();
			document.save();
		}
		DemoServer.Run escalate = DemoServer.cli("issues", "escalate", engagement.toString(), "--as-of", "2026-12-01");
		assertEquals(ExitCode.OK, escalate.code(), escalate.err());
		return engagement;
	}

	private Path settings(int port) throws Exception {
		Path mail = folder.resolve("mail-" + port + ".properties");
		Files.writeString(mail, "mail.host = 127.0.0.1\nmail.port = " + port + "\nmail.starttls = false\nmail.from = support@partner.example\n");
		return mail;
	}
}

package org.fulcrum.issues;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Notification;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;

/**
 * The engagement's outbox of notifications about partner issues: who is told what, when and why,
 * and whether it was sent. Notices are queued by the rules (escalation, assignment, the VP rules,
 * a resolution) and kept in the engagement, so nothing depends on mail being configured; they are
 * delivered later through a {@link MailDelivery}.
 */
public final class Outbox {

	private Outbox() {
	}

	/**
	 * Queues a notice to {@code to} unless one with the same key went to them already, so that the
	 * rules can run again as of the same moment without telling anyone twice.
	 *
	 * @return the notice queued, or null when it was there already
	 */
	public static Notification queue(Engagement engagement, String key, Person to, PartnerIssue issue, String subject,
			String body, String reason, Instant at) {
		for (Notification existing : engagement.getOutbox()) {
			if (key.equals(existing.getKey()) && existing.getTo() == to) {
				return null;
			}
		}
		Notification notice = FulcrumFactory.eINSTANCE.createNotification();
		notice.setKey(key);
		notice.setTo(to);
		notice.setIssue(issue);
		notice.setSubject(subject);
		notice.setBody(body);
		notice.setReason(reason);
		notice.setCreated(Date.from(at));
		engagement.getOutbox().add(notice);
		return notice;
	}

	/** Whether any notice with this key was queued, to whomever. */
	public static boolean queued(Engagement engagement, String key) {
		return engagement.getOutbox().stream().anyMatch(n -> key.equals(n.getKey()));
	}

	public static List<Notification> pending(Engagement engagement) {
		return engagement.getOutbox().stream().filter(n -> n.getSent() == null).toList();
	}

	/** What one sending run did: the notices sent and those that failed (still pending, with the error recorded). */
	public record Sent(List<Notification> sent, List<Notification> failed) {
	}

	/**
	 * Delivers every pending notice through {@code delivery}: a delivered one is marked sent at
	 * {@code now}; one that cannot be delivered (no e-mail address, a delivery error) stays pending
	 * with the error recorded, so the next run tries again.
	 */
	public static Sent send(Engagement engagement, MailDelivery delivery, Instant now) {
		List<Notification> sent = new ArrayList<>();
		List<Notification> failed = new ArrayList<>();
		for (Notification notice : pending(engagement)) {
			Person to = notice.getTo();
			String address = to == null ? null : to.getEmail();
			if (address == null || address.isBlank()) {
				notice.setError((to == null ? "nobody" : to.getName() + " (" + to.getId() + ")") + " has no e-mail address");
				failed.add(notice);
				continue;
			}
			try {
				delivery.deliver(new MailDelivery.Mail(address.strip(), to.getName(), notice.getSubject(), notice.getBody(),
						notice.getKey() + "/" + to.getId()));
				notice.setSent(Date.from(now));
				notice.setError(null);
				sent.add(notice);
			} catch (Exception e) {
				notice.setError(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
				failed.add(notice);
			}
		}
		return new Sent(sent, failed);
	}
}

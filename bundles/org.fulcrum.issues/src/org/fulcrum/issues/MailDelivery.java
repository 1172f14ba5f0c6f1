package org.fulcrum.issues;

/**
 * Delivers a notice by e-mail. The outbox keeps notices whether or not mail is configured; an
 * implementation (an SMTP client, or {@link MailDrop} writing messages for a mail system to pick
 * up) sends them when one is available.
 */
public interface MailDelivery {

	/** One message: {@code id} is stable per notice and recipient, so that a resent notice can be recognised. */
	record Mail(String to, String toName, String subject, String body, String id) {
	}

	/** @throws Exception when the message could not be delivered; the notice then stays pending */
	void deliver(Mail mail) throws Exception;
}

package org.fulcrum.server.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;

/**
 * Reminders on a schedule of days after publishing (by default 7 and 14, as assessment
 * publishers do). The server knows when each sheet was published, whether it is still open
 * (neither submitted nor withdrawn) and how many reminders went out; the engagement file knows the
 * links. An invitation is due one reminder when fewer reminders went out than schedule days have
 * passed; it never gets two at once, and never one once its rater finished or was withdrawn.
 */
public final class Reminders {

	/** Days after publishing when reminders go out, unless the round's schedule says otherwise. */
	public static final List<Integer> DEFAULT_DAYS = List.of(7, 14);

	/** What a run did: reminders sent, open invitations not due yet, and invitations the server has closed. */
	public record Outcome(int sent, int notDue, int closed) {
	}

	/** The links due a reminder, with how many published invitations are not due yet and how many are closed. */
	public record Plan(List<Publisher.Link> due, int notDue, int closed) {
	}

	private Reminders() {
	}

	/**
	 * The links due a reminder at {@code now}: open invitations of {@code round} (null: every
	 * round) whose sheet the server shows open, with fewer reminders than schedule days passed.
	 */
	public static Plan due(Engagement engagement, String round, List<Map<String, Object>> progress, List<Integer> days, Instant now,
			URI linkBase) {
		int notDue = 0;
		int closed = 0;
		Map<String, Map<String, Object>> byHash = new HashMap<>();
		progress.forEach(sheet -> byHash.put(String.valueOf(sheet.get("tokenHash")), sheet));
		String base = linkBase.toString().endsWith("/") ? linkBase.toString() : linkBase + "/";
		List<Publisher.Link> due = new ArrayList<>();
		for (Assessment assessment : engagement.getAssessments()) {
			if (round != null && !round.equals(assessment.getRound())) {
				continue;
			}
			for (RaterInvitation invitation : assessment.getInvitations()) {
				if (invitation.getToken() == null || invitation.getRater() == null || invitation.getRater().getEmail() == null) {
					continue;
				}
				Map<String, Object> sheet = byHash.get(Publisher.hash(invitation.getToken()));
				if (sheet == null) {
					continue; // never published
				}
				if (!Publisher.open(invitation) || !"open".equals(sheet.get("status"))) {
					closed++;
					continue;
				}
				Instant published = Instant.parse(String.valueOf(sheet.get("published")));
				int reminded = ((Number) sheet.get("reminders")).intValue();
				long passed = days.stream().filter(d -> !published.plus(Duration.ofDays(d)).isAfter(now)).count();
				if (reminded < passed) {
					due.add(new Publisher.Link(invitation, URI.create(base + "r/" + invitation.getToken())));
				} else {
					notDue++;
				}
			}
		}
		return new Plan(due, notDue, closed);
	}

	/**
	 * Sends the reminders due at {@code now} (by SMTP or to the outbox) and records them on the
	 * server (audit {@code reminded}). Mail goes first: a failure to record means a reminder may
	 * go out twice, never that one is counted without being sent.
	 */
	public static Outcome send(Engagement engagement, String round, ServerClient client, InvitationMail mail, List<Integer> days, Instant now)
			throws ServerException, IOException {
		Plan plan = due(engagement, round, client.progress(engagement.getId()), days, now, client.server());
		int sent = mail.send(engagement, plan.due(), InvitationMail.Kind.REMINDER);
		if (!plan.due().isEmpty()) {
			client.reminded(engagement.getId(), plan.due().stream().map(l -> Publisher.hash(l.invitation().getToken())).toList());
		}
		return new Outcome(sent, plan.notDue(), plan.closed());
	}

	/** Reads a schedule such as {@code 7,14} (days after publishing, rising); {@code none} is no reminders. */
	public static List<Integer> parse(String text) {
		if (text.isBlank() || text.strip().equalsIgnoreCase("none")) {
			return List.of();
		}
		List<Integer> days = new ArrayList<>();
		for (String part : text.split(",")) {
			int day;
			try {
				day = Integer.parseInt(part.strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + part.strip() + "' is not a number of days (a schedule reads like 7,14 or none)");
			}
			if (day < 1 || day > 365 || !days.isEmpty() && day <= days.get(days.size() - 1)) {
				throw new IllegalArgumentException("reminder days must rise and lie between 1 and 365: " + text.strip());
			}
			days.add(day);
		}
		return List.copyOf(days);
	}
}

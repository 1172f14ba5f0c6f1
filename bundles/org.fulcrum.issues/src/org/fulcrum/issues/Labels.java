package org.fulcrum.issues;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.Priority;

/** The words issues are shown with, the same in every listing, export and report. */
public final class Labels {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private Labels() {
	}

	/** {@code P1} … {@code P4}. */
	public static String priority(Priority priority) {
		return priority.getLiteral().toUpperCase(Locale.ROOT);
	}

	public static String level(EscalationLevel level) {
		return switch (level) {
		case CHANNEL_MANAGER -> "channel manager";
		case PARTNER_SUPPORT -> "partner support";
		case CHANNEL_DIRECTOR -> "channel director";
		case VP_OF_CHANNELS -> "VP of channels";
		};
	}

	public static String status(IssueStatus status) {
		return switch (status) {
		case NEW -> "new";
		case TRIAGED -> "triaged";
		case IN_PROGRESS -> "in progress";
		case WAITING_ON_PARTNER -> "waiting on partner";
		case RESOLVED -> "resolved";
		case CLOSED -> "closed";
		};
	}

	/** {@code 2026-11-02 09:00 UTC}. */
	public static String moment(Instant at) {
		return MOMENT.format(at);
	}

	/** {@code 24 h}, or {@code 90 min} below an hour. */
	public static String hours(Duration duration) {
		return duration.toMinutes() % 60 == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
	}
}

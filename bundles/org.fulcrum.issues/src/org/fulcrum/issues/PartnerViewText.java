package org.fulcrum.issues;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The partner view as plain text, ready to send to the partner. */
public final class PartnerViewText {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private PartnerViewText() {
	}

	public static String render(PartnerView view) {
		StringBuilder text = new StringBuilder();
		text.append("Issues of ").append(view.partnerName()).append(" (").append(view.partnerId()).append("), as of ")
				.append(MOMENT.format(view.asOf())).append('\n');
		if (view.issues().isEmpty()) {
			text.append("\nNo issues raised.\n");
		}
		for (PartnerView.Issue issue : view.issues()) {
			text.append('\n').append(issue.id()).append("  ").append(issue.title()).append('\n');
			text.append("  status ").append(issue.status()).append(", priority ").append(issue.priority()).append(", raised ")
					.append(MOMENT.format(issue.raised()));
			if (!issue.contact().isEmpty()) {
				text.append(", your contact ").append(issue.contact());
			}
			text.append('\n');
			if (!issue.timetable().isEmpty()) {
				text.append("  timetable:\n");
				for (PartnerView.Promise promise : issue.timetable()) {
					text.append("    ").append(promise.due()).append("  ").append(promise.description()).append("  (")
							.append(promise.state()).append(promise.done() == null ? "" : ", done " + promise.done()).append(")\n");
				}
			}
			if (!issue.updates().isEmpty()) {
				text.append("  updates:\n");
				for (PartnerView.Update update : issue.updates()) {
					text.append("    ").append(MOMENT.format(update.at())).append("  ").append(update.text()).append('\n');
				}
			}
		}
		return text.toString();
	}
}

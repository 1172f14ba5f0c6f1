package org.fulcrum.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a partner sees of its issues as of a moment: for each issue its status and priority, the
 * timetable of dates promised, and the updates shared with the partner. Built field by field
 * from what is marked for the partner, so an internal note, an escalation, a recurrence link, the
 * trait tags or the description written inside the vendor can never be in it.
 */
public record PartnerView(String partnerId, String partnerName, Instant asOf, List<Issue> issues) {

	public PartnerView {
		issues = List.copyOf(issues);
	}

	/** One issue as the partner sees it; {@code contact} is the partner manager who owns it, or empty. */
	public record Issue(String id, String title, String status, String priority, Instant raised, String contact,
			List<Promise> timetable, List<Update> updates) {

		public Issue {
			timetable = List.copyOf(timetable);
			updates = List.copyOf(updates);
		}
	}

	/** A date promised: {@code state} is kept, late (done after the date), open or overdue as of the view. */
	public record Promise(String description, LocalDate due, LocalDate done, String state) {
	}

	public record Update(Instant at, String text) {
	}
}

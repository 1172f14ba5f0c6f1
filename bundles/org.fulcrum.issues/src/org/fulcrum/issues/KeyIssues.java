package org.fulcrum.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;

/**
 * The key partner issues of an engagement as of a moment: what a channel leader reads to stay
 * on top of what keeps partners up at night. The data of the key issues report.
 *
 * @param open the issues open at {@code asOf}, highest priority first, then oldest first
 * @param byPriority the open issues per priority; {@code byLevel}, {@code byPartner} (by id) and
 *        {@code byAge} count them the same way
 * @param recurring every issue that repeats an earlier one, latest first
 * @param brokenCommitments every promise to a partner done late or past due and not done
 * @param unconfirmed the issues resolved then and not confirmed by the partner, longest waiting first
 * @param lapses the open issues owing the partner an update (past the cadence) or a timetable, oldest first
 */
public record KeyIssues(Instant asOf, List<OpenIssue> open, Map<Priority, Long> byPriority,
		Map<EscalationLevel, Long> byLevel, Map<String, Long> byPartner, Map<AgeBand, Long> byAge,
		List<RecurringIssue> recurring, List<BrokenCommitment> brokenCommitments, List<Unconfirmed> unconfirmed,
		List<Lapse> lapses) {

	/**
	 * A resolved issue the partner has not confirmed: it stays in sight until confirmed or closed
	 * for a recorded reason ("just because you don't hear about it doesn't mean … resolved").
	 */
	public record Unconfirmed(PartnerIssue issue, Instant resolved, long daysWaiting) {
	}

	/** What the partner is owed and has not had, as of the moment. */
	public enum LapseKind {
		UPDATE_OVERDUE("update overdue"), NO_TIMETABLE("no timetable shared");

		private final String label;

		LapseKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** An open issue owing the partner an update or a timetable since {@code since}. */
	public record Lapse(PartnerIssue issue, LapseKind kind, Instant since, String detail) {
	}

	/**
	 * An open issue: {@code level} is the level recorded in its timeline by then, {@code dueLevel}
	 * the level its broken targets call for (higher when escalations have not been applied yet).
	 */
	public record OpenIssue(PartnerIssue issue, String status, long ageDays, AgeBand age, EscalationLevel level,
			EscalationLevel dueLevel, int occurrence) {
	}

	/** An issue that repeats others: {@code occurrence} 2 is the first repeat. */
	public record RecurringIssue(PartnerIssue issue, PartnerIssue repeats, int occurrence) {
	}

	public record BrokenCommitment(PartnerIssue issue, Commitment commitment, LocalDate due, LocalDate done, long daysLate) {
	}

	/** How long an issue has been open, in whole days since it was raised. */
	public enum AgeBand {
		UP_TO_2_DAYS("0-2 days", 2), UP_TO_A_WEEK("3-7 days", 7), UP_TO_A_MONTH("8-30 days", 30),
		UP_TO_A_QUARTER("31-90 days", 90), OLDER("over 90 days", Long.MAX_VALUE);

		private final String label;
		private final long upTo;

		AgeBand(String label, long upTo) {
			this.label = label;
			this.upTo = upTo;
		}

		public String label() {
			return label;
		}

		public static AgeBand of(long days) {
			for (AgeBand band : values()) {
				if (days <= band.upTo) {
					return band;
				}
			}
			return OLDER;
		}
	}
}

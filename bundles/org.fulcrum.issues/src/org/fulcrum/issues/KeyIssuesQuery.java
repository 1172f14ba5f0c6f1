package org.fulcrum.issues;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Priority;

/** Computes {@link KeyIssues} from an engagement, as of a moment, without changing it. */
public final class KeyIssuesQuery {

	private final IssueRules rules;

	public KeyIssuesQuery(IssueRules rules) {
		this.rules = rules;
	}

	public KeyIssues of(Engagement engagement, Instant asOf) {
		Escalations ladder = new Escalations(rules);
		LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
		List<KeyIssues.OpenIssue> open = new ArrayList<>();
		List<KeyIssues.RecurringIssue> recurring = new ArrayList<>();
		List<KeyIssues.BrokenCommitment> broken = new ArrayList<>();
		List<KeyIssues.Unconfirmed> unconfirmed = new ArrayList<>();
		List<KeyIssues.Lapse> lapses = new ArrayList<>();
		for (PartnerIssue issue : engagement.getIssues()) {
			IssueClock clock = new IssueClock(issue);
			if (clock.opened().isAfter(asOf)) {
				continue;
			}
			if (clock.isOpenAt(asOf)) {
				long age = Duration.between(clock.opened(), asOf).toDays();
				List<EscalationStep> reached = ladder.reached(issue, asOf);
				EscalationLevel due = reached.isEmpty() ? EscalationLevel.CHANNEL_MANAGER : reached.get(reached.size() - 1).level();
				open.add(new KeyIssues.OpenIssue(issue, Labels.status(clock.statusAt(asOf)), age, KeyIssues.AgeBand.of(age),
						recordedLevel(issue, asOf), due, Recurrences.occurrence(issue)));
			}
			IssueRules.Target target = rules.target(issue.getPriority());
			clock.unconfirmedSince(asOf).ifPresent(since -> unconfirmed.add(new KeyIssues.Unconfirmed(issue, since,
					Duration.between(since, asOf).toDays())));
			if (clock.isOpenAt(asOf)) {
				List<Instant> silences = clock.updateLapses(target.update(), asOf);
				if (!silences.isEmpty() && silences.get(silences.size() - 1).isAfter(clock.lastShared(asOf))) {
					Instant since = silences.get(silences.size() - 1);
					lapses.add(new KeyIssues.Lapse(issue, KeyIssues.LapseKind.UPDATE_OVERDUE, since, "last update "
							+ Labels.moment(clock.lastShared(asOf)) + ", due every " + Labels.hours(target.update())));
				}
				clock.timetableMissingSince(target.response(), asOf).ifPresent(since -> lapses.add(new KeyIssues.Lapse(issue,
						KeyIssues.LapseKind.NO_TIMETABLE, since, "open past its " + Labels.hours(target.response())
								+ " response target with no date shared")));
			}
			if (issue.getRecurrenceOf() != null) {
				recurring.add(new KeyIssues.RecurringIssue(issue, issue.getRecurrenceOf(), Recurrences.occurrence(issue)));
			}
			for (Commitment commitment : issue.getCommitments()) {
				if (Commitments.broken(commitment, today)) {
					LocalDate until = commitment.getDone() != null ? commitment.getDone() : today;
					broken.add(new KeyIssues.BrokenCommitment(issue, commitment, commitment.getDue(), commitment.getDone(),
							ChronoUnit.DAYS.between(commitment.getDue(), until)));
				}
			}
		}
		open.sort(Comparator.comparing((KeyIssues.OpenIssue o) -> o.issue().getPriority().getValue())
				.thenComparing(o -> -o.ageDays()).thenComparing(o -> o.issue().getId()));
		recurring.sort(Comparator.comparing((KeyIssues.RecurringIssue r) -> r.issue().getOpened()).reversed());
		broken.sort(Comparator.comparing((KeyIssues.BrokenCommitment b) -> -b.daysLate()).thenComparing(b -> b.issue().getId()));
		unconfirmed.sort(Comparator.comparing(KeyIssues.Unconfirmed::resolved).thenComparing(u -> u.issue().getId()));
		lapses.sort(Comparator.comparing(KeyIssues.Lapse::since).thenComparing(l -> l.issue().getId()));
		Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
		Map<EscalationLevel, Long> byLevel = new EnumMap<>(EscalationLevel.class);
		Map<String, Long> byPartner = new TreeMap<>();
		Map<KeyIssues.AgeBand, Long> byAge = new EnumMap<>(KeyIssues.AgeBand.class);
		for (KeyIssues.OpenIssue issue : open) {
			byPriority.merge(issue.issue().getPriority(), 1L, Long::sum);
			byLevel.merge(issue.level(), 1L, Long::sum);
			byPartner.merge(issue.issue().getPartner().getId(), 1L, Long::sum);
			byAge.merge(issue.age(), 1L, Long::sum);
		}
		return new KeyIssues(asOf, open, byPriority, byLevel, byPartner, byAge, recurring, broken, unconfirmed, lapses);
	}

	/** The highest level the timeline records by {@code asOf}: what had been done about the issue then. */
	static EscalationLevel recordedLevel(PartnerIssue issue, Instant asOf) {
		EscalationLevel level = EscalationLevel.CHANNEL_MANAGER;
		for (IssueEvent event : issue.getTimeline()) {
			if (event.getKind() == IssueEventKind.ESCALATION && event.isSetLevel() && event.getAt() != null
					&& !event.getAt().toInstant().isAfter(asOf) && event.getLevel().getValue() > level.getValue()) {
				level = event.getLevel();
			}
		}
		return level;
	}
}

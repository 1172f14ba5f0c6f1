package org.fulcrum.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerOrganization;

/**
 * Builds what a partner may see (docs/issues.md): only updates, status changes and commitments
 * marked visible to the partner, and only commitments marked visible. Notes, escalations and
 * recurrence events stay internal even when someone ticked them visible.
 */
public final class PartnerViews {

	private PartnerViews() {
	}

	public static PartnerView of(Engagement engagement, PartnerOrganization partner, Instant asOf) {
		List<PartnerView.Issue> issues = new ArrayList<>();
		engagement.getIssues().stream().filter(i -> i.getPartner() == partner && i.getOpened() != null
				&& !i.getOpened().toInstant().isAfter(asOf)).sorted(Comparator.comparing(PartnerIssue::getOpened))
				.forEach(issue -> issues.add(view(issue, asOf)));
		return new PartnerView(partner.getId(), partner.getName(), asOf, issues);
	}

	private static PartnerView.Issue view(PartnerIssue issue, Instant asOf) {
		IssueClock clock = new IssueClock(issue);
		List<PartnerView.Promise> timetable = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
		for (Commitment commitment : issue.getCommitments()) {
			if (commitment.isVisibleToPartner()) {
				timetable.add(new PartnerView.Promise(commitment.getDescription(), commitment.getDue(), commitment.getDone(),
						Commitments.state(commitment, today)));
			}
		}
		List<PartnerView.Update> updates = new ArrayList<>();
		for (IssueEvent event : issue.getTimeline()) {
			if (shared(event) && !event.getAt().toInstant().isAfter(asOf)) {
				updates.add(new PartnerView.Update(event.getAt().toInstant(), event.getText()));
			}
		}
		updates.sort(Comparator.comparing(PartnerView.Update::at));
		return new PartnerView.Issue(issue.getId(), issue.getTitle(), Labels.status(clock.statusAt(asOf)),
				Labels.priority(issue.getPriority()), clock.opened(), issue.getOwner() == null ? "" : issue.getOwner().getName(),
				timetable, updates);
	}

	private static boolean shared(IssueEvent event) {
		return event.isVisibleToPartner() && event.getAt() != null && (event.getKind() == IssueEventKind.UPDATE
				|| event.getKind() == IssueEventKind.STATUS_CHANGE || event.getKind() == IssueEventKind.COMMITMENT);
	}
}

package org.fulcrum.cli.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.GroupWords;

/** Counts that tell at a glance what an engagement holds. Never shows an answer. */
public record EngagementSummary(int participants, int partners, int assessments, int invitations, int answered,
		int responses, int comments, Map<RelationshipGroup, Integer> answeredByGroup) {

	public static EngagementSummary of(Engagement engagement) {
		int invitations = 0;
		int answered = 0;
		int responses = 0;
		int comments = 0;
		Map<RelationshipGroup, Integer> byGroup = new EnumMap<>(RelationshipGroup.class);
		for (Assessment assessment : engagement.getAssessments()) {
			comments += assessment.getComments().size();
			for (RaterInvitation invitation : assessment.getInvitations()) {
				invitations++;
				if (invitation.getStatus() == InvitationStatus.COMPLETED) {
					answered++;
					byGroup.merge(invitation.getRelationship(), 1, Integer::sum);
				}
				responses += invitation.getResponses().size();
			}
		}
		int participants = (int) engagement.getPeople().stream().filter(PartnerManager.class::isInstance).count();
		return new EngagementSummary(participants, engagement.getPartners().size(), engagement.getAssessments().size(),
				invitations, answered, responses, comments, byGroup);
	}

	/** E.g. {@code self 12, manager 12, peer 45, ...}. */
	public String groups() {
		return answeredByGroup.entrySet().stream().map(e -> GroupWords.of(e.getKey()) + " " + e.getValue())
				.collect(Collectors.joining(", "));
	}
}

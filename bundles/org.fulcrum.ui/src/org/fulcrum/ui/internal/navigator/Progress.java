package org.fulcrum.ui.internal.navigator;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;

/**
 * Response progress of an assessment per rater group: answered of asked, declined invitations
 * not counted (as {@code ./fulcrum status} counts). Says who answered, never what.
 */
public final class Progress {

	private final Map<RelationshipGroup, int[]> groups = new EnumMap<>(RelationshipGroup.class);
	private int asked;
	private int answered;

	public Progress(Assessment assessment) {
		for (RaterInvitation invitation : assessment.getInvitations()) {
			if (invitation.getStatus() == InvitationStatus.DECLINED) {
				continue;
			}
			int[] counts = groups.computeIfAbsent(invitation.getRelationship(), g -> new int[2]);
			counts[0]++;
			asked++;
			if (invitation.getStatus() == InvitationStatus.COMPLETED) {
				counts[1]++;
				answered++;
			}
		}
	}

	public int asked() {
		return asked;
	}

	public int answered() {
		return answered;
	}

	/** e.g. {@code 9/11 · self 1/1, manager 1/1, peer 3/4, directReport 2/3, partner 2/2}. */
	public String text() {
		return answered + "/" + asked + " · " + groups.entrySet().stream()
				.map(e -> e.getKey().getLiteral() + " " + e.getValue()[1] + "/" + e.getValue()[0]).collect(Collectors.joining(", "));
	}
}

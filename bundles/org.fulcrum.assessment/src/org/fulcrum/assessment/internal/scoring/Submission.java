package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;

/**
 * One completed questionnaire as numbers: the scored value per item (reverse-keyed items
 * already mirrored), {@link #MISSING} or {@link #NOT_OBSERVED}. Carries the rater's group only,
 * never the rater.
 */
record Submission(RaterGroup group, int[] values) {

	static final int MISSING = 0;
	static final int NOT_OBSERVED = -1;

	/** The completed questionnaires of the assessment that {@code counted} accepts. */
	static List<Submission> of(Assessment assessment, InstrumentLayout layout, Predicate<RaterInvitation> counted) {
		List<Submission> submissions = new ArrayList<>();
		for (RaterInvitation invitation : assessment.getInvitations()) {
			if (invitation.getStatus() != InvitationStatus.COMPLETED || !counted.test(invitation)) {
				continue;
			}
			int[] values = new int[layout.items.size()];
			for (ItemResponse response : invitation.getResponses()) {
				Integer item = layout.index.get(response.getItem());
				if (item != null) {
					values[item] = response.isNotObserved() ? NOT_OBSERVED : layout.scored(item, response.getValue());
				}
			}
			submissions.add(new Submission(RaterGroup.of(invitation.getRelationship()), values));
		}
		return submissions;
	}

	boolean isSelf() {
		return group == RaterGroup.SELF;
	}
}

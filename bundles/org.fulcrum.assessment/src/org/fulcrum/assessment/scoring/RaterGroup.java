package org.fulcrum.assessment.scoring;

import org.fulcrum.model.RelationshipGroup;

/** The groups results are reported by: the relationship groups, and all raters but the participant. */
public enum RaterGroup {
	SELF, MANAGER, PEER, DIRECT_REPORT, PARTNER, OTHER,
	/** Every rater except the participant: manager, peers, direct reports, partners, others. */
	ALL_OTHERS;

	public static RaterGroup of(RelationshipGroup relationship) {
		return switch (relationship) {
		case SELF -> SELF;
		case MANAGER -> MANAGER;
		case PEER -> PEER;
		case DIRECT_REPORT -> DIRECT_REPORT;
		case PARTNER -> PARTNER;
		case OTHER -> OTHER;
		};
	}
}

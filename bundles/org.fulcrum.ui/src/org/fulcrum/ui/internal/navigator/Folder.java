package org.fulcrum.ui.internal.navigator;

import java.util.List;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.ui.EngagementSession;

/** A group of an open engagement's objects in the navigator, e.g. its participants. */
public record Folder(EngagementSession session, Kind kind) {

	public enum Kind {
		PARTICIPANTS("Participants"), RATERS("Raters"), ASSESSMENTS("Assessments"), PLANS("Development plans"),
		COACHING("Coaching programs"), PARTNER_SESSIONS("Partner coaching sessions"),
		ISSUES("Partner issues");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public List<?> children() {
		Engagement engagement = session.engagement();
		return switch (kind) {
		case PARTICIPANTS -> engagement.getPeople().stream().filter(PartnerManager.class::isInstance).toList();
		case RATERS -> engagement.getPeople().stream().filter(p -> !(p instanceof PartnerManager)).map(Person.class::cast).toList();
		case ASSESSMENTS -> engagement.getAssessments();
		case PLANS -> engagement.getPlans();
		case COACHING -> engagement.getPrograms();
		case PARTNER_SESSIONS -> engagement.getPartnerSessions();
		case ISSUES -> engagement.getIssues();
		};
	}

	public String label() {
		return kind.label() + " (" + children().size() + ")";
	}
}

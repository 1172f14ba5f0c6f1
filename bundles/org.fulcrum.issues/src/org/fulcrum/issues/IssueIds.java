package org.fulcrum.issues;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerIssue;

/** Issue ids a consultant can say on the phone: {@code ISS-0001}, {@code ISS-0002}, … */
final class IssueIds {

	private IssueIds() {
	}

	static String next(Engagement engagement) {
		int highest = 0;
		for (PartnerIssue issue : engagement.getIssues()) {
			String id = issue.getId();
			if (id != null && id.matches("ISS-\\d+")) {
				highest = Math.max(highest, Integer.parseInt(id.substring(4)));
			}
		}
		return String.format("ISS-%04d", highest + 1);
	}
}

package org.fulcrum.issues;

import java.time.Instant;

import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;

/**
 * A partner issue as it is taken in.
 *
 * @param raisedBy who at the partner raised it, in words (a name, a role)
 * @param category what it is about, e.g. "deal registration"; recurrence compares it ignoring case
 * @param priority the priority given at intake; a recurrence raises it
 * @param owner the partner manager: the partner's starting point and relationship contact, or null
 * @param supportOwner the person in partner support who owns the resolution; null takes the first
 *        person the escalation path names at partner support
 * @param at when it was raised
 */
public record IntakeRequest(PartnerOrganization partner, String raisedBy, IssueChannel channel, String category,
		Priority priority, String title, String description, PartnerManager owner, Person supportOwner, Instant at) {

	/** A request that leaves the support owner to the escalation path. */
	public IntakeRequest(PartnerOrganization partner, String raisedBy, IssueChannel channel, String category, Priority priority,
			String title, String description, PartnerManager owner, Instant at) {
		this(partner, raisedBy, channel, category, priority, title, description, owner, null, at);
	}
}

package org.fulcrum.server.internal.access;

import java.util.Locale;

/** Everything {@link AccessDecisions} decides on. Engagement actions name an engagement; the others do not. */
public enum Action {
	/** Read the engagement with its answers: checkout, history, pull into a version. Viewer. */
	READ_ENGAGEMENT(true),
	/** Read plans and sessions: a coach only for the participants assigned to them; anyone who may read the engagement, all. */
	READ_COACHING(true),
	/** Save a new version of the engagement. Editor. */
	WRITE_ENGAGEMENT(true),
	/** Grant, change or take back access to the engagement. Owner. */
	GRANT_ACCESS(true),
	/** Publish the engagement's invitations to the rater portal; the first publisher of a new name becomes its owner. Editor. */
	PORTAL_PUBLISH(true),
	/** Pull the submitted sheets (raw answers). Viewer, never a coach. */
	PORTAL_PULL(true),
	/** See the raters' progress (no answers). Viewer. */
	PORTAL_STATUS(true),
	/** Withdraw invitations. Editor. */
	PORTAL_WITHDRAW(true),
	/** Record reminders sent. Editor. */
	PORTAL_REMIND(true),
	/** Manage accounts, keys, grants and coach assignments. Administrator. */
	ADMINISTER(false),
	/** Read the access audit. Administrator. */
	READ_AUDIT(false);

	private final boolean onEngagement;

	Action(boolean onEngagement) {
		this.onEngagement = onEngagement;
	}

	/** Whether the action is on one engagement (and so needs a grant, and is written to the access audit). */
	public boolean onEngagement() {
		return onEngagement;
	}

	/** The word in the audit: read-engagement, portal-publish, ... */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}

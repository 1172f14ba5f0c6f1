package org.fulcrum.assessment.scoring;

/** Of the invitations sent to a group (invited, completed or declined), how many were completed. */
public record ResponseRate(RaterGroup group, int sent, int completed) {

	public double rate() {
		return sent == 0 ? 0 : (double) completed / sent;
	}
}

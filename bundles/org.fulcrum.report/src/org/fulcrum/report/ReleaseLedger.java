package org.fulcrum.report;

import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.PublishedComment;
import org.fulcrum.assessment.scoring.ReleaseDecision;
import org.fulcrum.assessment.scoring.Releases;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.ReleasedCount;
import org.fulcrum.model.ReportRelease;

/**
 * The engagement's record of every individual report released to a participant. What a release
 * may use is the one decision per participant of {@link Releases} (org.fulcrum.assessment), the
 * same that {@code score}, the cohort report, plans and coaching reports follow (docs/scoring.md,
 * "Re-issue"); this class records releases in the ledger.
 */
public final class ReleaseLedger {

	private final Releases releases;

	private ReleaseLedger(Releases releases) {
		this.releases = releases;
	}

	/** The decisions for the engagement's participants, {@code assessments} among them. */
	public static ReleaseLedger plan(Engagement engagement, Collection<Assessment> assessments) {
		return new ReleaseLedger(Releases.of(engagement));
	}

	/** Whether the scoring for this release counts {@code invitation}. */
	public boolean counts(RaterInvitation invitation) {
		return releases.counts(invitation);
	}

	/** Whether this release holds back any rater, so that its scoring differs from one with every answer. */
	public boolean holdsBackAnyone() {
		return releases.holdsBackAnyone();
	}

	public ReleaseDecision decision(Assessment assessment) {
		return releases.decision(assessment);
	}

	/** {@code result} with only the comments this release may print. */
	public ParticipantResult withAllowedComments(ParticipantResult result) {
		return releases.apply(result);
	}

	/** Adds to the engagement's ledger the release of {@code report}, as written in {@code formats}. */
	public ReportRelease record(Engagement engagement, IndividualReport report, Collection<ReportFormat> formats, Date at) {
		Assessment assessment = report.result().assessment();
		ReportRelease release = FulcrumFactory.eINSTANCE.createReportRelease();
		release.setAt(at);
		release.setAssessment(assessment);
		release.setFormats(formats.stream().map(ReportFormat::extension).collect(Collectors.joining(",")));
		report.result().raters().forEach((group, raters) -> {
			ReleasedCount count = FulcrumFactory.eINSTANCE.createReleasedCount();
			count.setGroup(group.name());
			count.setRaters(raters);
			release.getCounts().add(count);
		});
		Set<RaterInvitation> heldBack = releases.decision(assessment).heldBack();
		assessment.getInvitations().stream().filter(ReleaseLedger::completed).filter(i -> !heldBack.contains(i))
				.forEach(release.getSubmissions()::add);
		report.result().comments().forEach(c -> release.getCommentDigests().add(digest(c)));
		engagement.getReleases().add(release);
		return release;
	}

	private static boolean completed(RaterInvitation invitation) {
		return invitation.getStatus() == InvitationStatus.COMPLETED;
	}

	static String digest(PublishedComment comment) {
		return Releases.digest(comment);
	}
}

package org.fulcrum.repository;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.ReportRelease;

/**
 * What a reader who may see plans and sessions but not raw answers (a coach) gets of an
 * engagement: a copy without any rater invitation (so no response, token, rater or who rated
 * whom), without the assessments' comments and the releases' submissions and comment digests,
 * without partner issues and the outbox, with only the development plans, coaching programs and
 * partner coaching sessions of the given participants, and without the people nothing left refers
 * to (raters). Participants, instruments, assessments (subject, round, dates) and the counts of
 * releases stay. The original is not changed.
 */
public final class CoachProjection {

	private CoachProjection() {
	}

	public static Engagement withoutAnswers(Engagement engagement, Set<String> participantIds) {
		Engagement copy = EcoreUtil.copy(engagement);
		for (ReportRelease release : copy.getReleases()) {
			release.getSubmissions().clear();
			release.getCommentDigests().clear();
		}
		for (Assessment assessment : copy.getAssessments()) {
			assessment.getInvitations().clear();
			assessment.getComments().clear();
		}
		copy.getPlans().removeIf(plan -> !coached(plan.getParticipant(), participantIds));
		copy.getPrograms().removeIf(program -> !coached(program.getParticipant(), participantIds));
		copy.getPartnerSessions().removeIf(session -> !coached(session.getPartnerManager(), participantIds));
		copy.getOutbox().clear();
		copy.getIssues().clear();
		Set<EObject> referenced = new HashSet<>();
		for (Iterator<EObject> all = copy.eAllContents(); all.hasNext();) {
			referenced.addAll(all.next().eCrossReferences());
		}
		copy.getPeople().removeIf(person -> !(person instanceof PartnerManager) && !referenced.contains(person));
		return copy;
	}

	private static boolean coached(Person participant, Set<String> participantIds) {
		return participant != null && participantIds.contains(participant.getId());
	}
}

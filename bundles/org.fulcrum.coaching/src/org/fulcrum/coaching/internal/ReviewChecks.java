package org.fulcrum.coaching.internal;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.Stance;

/**
 * Partner coaching sessions are dated and serve a goal of the partner; every review entry is one
 * side of one of the text's eleven pairs; a rescuing session is not credited with keeping
 * ownership with the partner (docs/coaching.md).
 */
public final class ReviewChecks implements ValidationRule {

	@Override
	public void check(Engagement engagement, DiagnosticChain diagnostics) {
		for (PartnerCoachingSession session : engagement.getPartnerSessions()) {
			String id = "Partner session " + session.getId();
			if (session.getDate() == null) {
				add(diagnostics, Diagnostic.ERROR, 31, session, id + " has no date. Give the day it was held.");
			}
			if (session.getPartnerGoal() == null || session.getPartnerGoal().isBlank()) {
				add(diagnostics, Diagnostic.WARNING, 32, session, id + " names no goal of the partner. Coaching is about the "
						+ "partner's goals: name the partner's goal the session serves.");
			}
			entries(diagnostics, id, session.getReview(), session.isSetObservedStance() ? session.getObservedStance() : null);
		}
		for (CoachingProgram program : engagement.getPrograms()) {
			for (CoachingSession session : program.getSessions()) {
				entries(diagnostics, "Session " + session.getId(), session.getReview(),
						session.isSetObservedStance() ? session.getObservedStance() : null);
			}
		}
	}

	private static void entries(DiagnosticChain diagnostics, String id, List<ChecklistEntry> review, Stance stance) {
		for (ChecklistEntry entry : review) {
			if (entry.getRule() == null || Checklist.pair(entry.getRule()).isEmpty()) {
				add(diagnostics, Diagnostic.ERROR, 33, entry, id + " has a review entry '" + entry.getRule() + "' that is not one of "
						+ "the do's and don'ts; use one of " + Checklist.PAIRS.stream().map(Checklist.Pair::id).toList() + ".");
			} else if (entry.isObserved() && entry.getKind() == ChecklistKind.DO && !Reviews.creditable(entry.getRule(), stance)) {
				add(diagnostics, Diagnostic.WARNING, 34, entry, id + " is marked '" + Checklist.pair(entry.getRule()).get().doText()
						+ "' but the stance observed is rescuer: a rescuer takes the problem off the partner, so it is not credited.");
			}
		}
	}

	private static void add(DiagnosticChain diagnostics, int severity, int code, EObject about, String message) {
		diagnostics.add(new BasicDiagnostic(severity, SmartActions.SOURCE, code, message, new Object[] { about }));
	}
}

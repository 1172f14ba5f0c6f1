package org.fulcrum.assessment.scoring;

import java.util.function.Predicate;

import org.fulcrum.assessment.internal.scoring.EngagementScorer;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.FulcrumFactory;

/**
 * Turns an engagement's responses into published figures (docs/scoring.md): for every
 * assessment each item and dimension by rater group, self-vs-others gaps, blind spots, hidden
 * strengths, top and bottom behaviours and rater agreement; for the engagement response rates
 * and Cronbach's alpha. Every figure passes the engagement's confidentiality policy first.
 */
public final class ScoringEngine {

	private final ScoringSettings settings;

	public ScoringEngine(ScoringSettings settings) {
		this.settings = settings;
	}

	public EngagementResult score(Engagement engagement) {
		return score(engagement, invitation -> true);
	}

	/**
	 * Scores counting only the completed questionnaires {@code counted} accepts, e.g. without the
	 * late raters a report release holds back (org.fulcrum.report's release ledger).
	 */
	public EngagementResult score(Engagement engagement, Predicate<RaterInvitation> counted) {
		ConfidentialityPolicy policy = engagement.getConfidentiality() != null ? engagement.getConfidentiality()
				: FulcrumFactory.eINSTANCE.createConfidentialityPolicy();
		return new EngagementScorer(settings, policy).score(engagement, counted);
	}
}

package org.fulcrum.assessment.scoring;

import java.util.function.Predicate;

import org.fulcrum.assessment.internal.scoring.EngagementScorer;
import org.fulcrum.assessment.internal.scoring.WarmUp;
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

	/**
	 * The figures every output publishes: each participant's under the one release decision of
	 * the engagement's ledger ({@link Releases}): a released participant's late raters held back
	 * until their group can absorb them, only the comments printed before, nothing where a
	 * re-issue is refused.
	 */
	public EngagementResult score(Engagement engagement) {
		Releases releases = Releases.of(engagement);
		EngagementResult all = new EngagementScorer(settings, policy(engagement)).score(engagement, releases::counts, releases);
		return new EngagementResult(all.participants().stream().map(releases::apply).toList(), all.reliability(),
				all.responseRates(), releases);
	}

	/**
	 * Scores counting only the completed questionnaires {@code counted} accepts, without applying
	 * the release ledger: for callers that decide what counts themselves.
	 */
	public EngagementResult score(Engagement engagement, Predicate<RaterInvitation> counted) {
		return new EngagementScorer(settings, policy(engagement)).score(engagement, counted, Releases.none());
	}

	/**
	 * Warms the scoring code on an idle core, once per JVM, for a caller that is about to open an
	 * engagement and score it (docs/performance.md): returns at once; the warm-up ends when the
	 * first scoring starts. Results never depend on it.
	 */
	public static void warmUp() {
		WarmUp.start();
	}

	private static ConfidentialityPolicy policy(Engagement engagement) {
		return engagement.getConfidentiality() != null ? engagement.getConfidentiality()
				: FulcrumFactory.eINSTANCE.createConfidentialityPolicy();
	}
}

package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Reliability;
import org.fulcrum.assessment.scoring.ResponseRate;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;

/** Scores every assessment of an engagement and computes the engagement's quality figures. */
public final class EngagementScorer {

	private final ScoringSettings settings;
	private final Disclosure disclosure;
	private final int minimumCommenters;

	public EngagementScorer(ScoringSettings settings, ConfidentialityPolicy policy) {
		this.settings = settings;
		this.disclosure = new Disclosure(policy);
		this.minimumCommenters = policy.getMinimumCommenters();
	}

	public EngagementResult score(Engagement engagement, Predicate<RaterInvitation> counted) {
		Map<Instrument, InstrumentLayout> layouts = new HashMap<>();
		List<Assessment> assessments = engagement.getAssessments().stream().filter(a -> a.getInstrument() != null).toList();
		assessments.forEach(a -> layouts.computeIfAbsent(a.getInstrument(), InstrumentLayout::new));
		// Assessments are independent: score them on every core. The model is only read.
		List<List<Submission>> submissions = assessments.parallelStream()
				.map(a -> Submission.of(a, layouts.get(a.getInstrument()), counted)).toList();
		List<ParticipantResult> scored = IntStream.range(0, assessments.size()).parallel()
				.mapToObj(i -> new AssessmentScorer(layouts.get(assessments.get(i).getInstrument()), disclosure, settings, minimumCommenters)
						.score(assessments.get(i), submissions.get(i)))
				.toList();
		var comparisons = Rounds.compare(scored);
		var standings = Cohort.standings(scored);
		List<ParticipantResult> participants = IntStream.range(0, scored.size())
				.mapToObj(i -> scored.get(i).with(comparisons.get(i), standings.get(i))).toList();
		Map<Instrument, List<Submission>> othersByInstrument = new LinkedHashMap<>();
		for (int i = 0; i < assessments.size(); i++) {
			List<Submission> others = othersByInstrument.computeIfAbsent(assessments.get(i).getInstrument(), k -> new ArrayList<>());
			submissions.get(i).stream().filter(s -> !s.isSelf()).forEach(others::add);
		}
		List<Reliability> reliability = new ArrayList<>();
		othersByInstrument.forEach((instrument, others) -> reliability.addAll(CronbachAlpha.of(layouts.get(instrument), others)));
		return new EngagementResult(participants, reliability, responseRates(engagement));
	}

	private static List<ResponseRate> responseRates(Engagement engagement) {
		Map<RaterGroup, int[]> counts = new EnumMap<>(RaterGroup.class);
		for (Assessment assessment : engagement.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				InvitationStatus status = invitation.getStatus();
				if (status != InvitationStatus.INVITED && status != InvitationStatus.COMPLETED && status != InvitationStatus.DECLINED) {
					continue; // not sent yet
				}
				RaterGroup group = RaterGroup.of(invitation.getRelationship());
				int completed = status == InvitationStatus.COMPLETED ? 1 : 0;
				count(counts, group, completed);
				if (group != RaterGroup.SELF) {
					count(counts, RaterGroup.ALL_OTHERS, completed);
				}
			}
		}
		List<ResponseRate> rates = new ArrayList<>();
		counts.forEach((group, c) -> rates.add(new ResponseRate(group, c[0], c[1])));
		return rates;
	}

	private static void count(Map<RaterGroup, int[]> counts, RaterGroup group, int completed) {
		int[] c = counts.computeIfAbsent(group, g -> new int[2]);
		c[0]++;
		c[1] += completed;
	}
}

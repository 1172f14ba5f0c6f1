package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.Reliability;
import org.fulcrum.assessment.scoring.Releases;
import org.fulcrum.assessment.scoring.ResponseRate;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.assessment.scoring.Standing;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.RaterInvitation;

/**
 * Scores every assessment of an engagement and computes the engagement's quality figures.
 * Assessments are read into a {@link ResponseTable} and scored on every core, a run of them
 * per task; then the alphas (one task per dimension) and the cohort's ranks (one task per
 * dimension and cohort), on every core too. The model is only read.
 */
public final class EngagementScorer {

	/** Assessments per task: enough to keep a thread's scratch arrays busy, few enough to balance two cores. */
	private static final int ASSESSMENTS_PER_TASK = 16;

	private final ScoringSettings settings;
	private final Disclosure disclosure;
	private final int minimumCommenters;

	public EngagementScorer(ScoringSettings settings, ConfidentialityPolicy policy) {
		this.settings = settings;
		this.disclosure = new Disclosure(policy);
		this.minimumCommenters = policy.getMinimumCommenters();
	}

	/**
	 * Scores counting only the completed questionnaires {@code counted} accepts; a participant
	 * released before keeps the groups of that release and is audited together with it.
	 */
	public EngagementResult score(Engagement engagement, Predicate<RaterInvitation> counted, Releases releases) {
		// the warm-up scores on its own thread alone; a real scoring ends it and has both cores
		boolean warmingUp = WarmUp.isWarmingUp();
		if (!warmingUp) {
			WarmUp.stop();
		}
		List<Assessment> assessments = new ArrayList<>();
		for (Assessment assessment : engagement.getAssessments()) {
			if (assessment.getInstrument() != null) {
				assessments.add(assessment);
			}
		}
		// In order of first use: the order of the engagement's reliability figures.
		Map<Instrument, InstrumentLayout> instruments = new LinkedHashMap<>();
		// one memo of audit verdicts per layout, for this scoring's settings and policy only
		Map<InstrumentLayout, AuditMemo> memos = new HashMap<>();
		InstrumentLayout[] layouts = new InstrumentLayout[assessments.size()];
		for (int a = 0; a < layouts.length; a++) {
			Instrument instrument = assessments.get(a).getInstrument();
			layouts[a] = instruments.get(instrument);
			if (layouts[a] == null) {
				layouts[a] = new InstrumentLayout(instrument);
				instruments.put(instrument, layouts[a]);
				memos.put(layouts[a], new AuditMemo());
			}
		}
		ResponseTable table = new ResponseTable(assessments, layouts, counted, releases::joinedSinceRelease);
		ParticipantResult[] scored = new ParticipantResult[layouts.length];
		Parallel.run((layouts.length + ASSESSMENTS_PER_TASK - 1) / ASSESSMENTS_PER_TASK, !warmingUp, new Parallel.Tasks() {
			@Override
			void run(int task) {
				AssessmentScorer scorer = null;
				for (int a = task * ASSESSMENTS_PER_TASK; a < Math.min(layouts.length, (task + 1) * ASSESSMENTS_PER_TASK); a++) {
					if (warmingUp) {
						WarmUp.checkNotStopped();
					}
					table.read(a);
					if (scorer == null || scorer.layout() != layouts[a]) {
						scorer = new AssessmentScorer(layouts[a], disclosure, settings, minimumCommenters, memos.get(layouts[a]));
					}
					scored[a] = scorer.score(assessments.get(a), table, a, releases.groupsReleased(assessments.get(a)));
				}
			}
		});
		List<ParticipantResult> results = List.of(scored);
		// The alphas and the cohort's ranks, all independent of each other, on every core.
		List<CronbachAlpha> alphas = new ArrayList<>();
		for (InstrumentLayout layout : instruments.values()) {
			int[] using = assessmentsUsing(layout, layouts);
			for (int d = 0; d < layout.dimensions.length; d++) {
				alphas.add(new CronbachAlpha(layout, d, table, using));
			}
		}
		Cohort cohort = new Cohort(results);
		Reliability[] reliability = new Reliability[alphas.size()];
		Parallel.run(alphas.size() + cohort.columns(), !warmingUp, new Parallel.Tasks() {
			@Override
			void run(int task) {
				if (task < reliability.length) {
					reliability[task] = alphas.get(task).compute();
				} else {
					cohort.rank(task - reliability.length);
				}
			}
		});
		List<Optional<RoundComparison>> comparisons = Rounds.compare(results);
		List<List<Standing>> standings = cohort.standings();
		ParticipantResult[] participants = new ParticipantResult[scored.length];
		for (int a = 0; a < scored.length; a++) {
			participants[a] = scored[a].with(comparisons.get(a), standings.get(a));
		}
		return new EngagementResult(List.of(participants), List.of(reliability), responseRates(engagement, table));
	}

	/** The positions of the assessments of this layout's instrument, in order. */
	private static int[] assessmentsUsing(InstrumentLayout layout, InstrumentLayout[] layouts) {
		int count = 0;
		for (InstrumentLayout used : layouts) {
			count += used == layout ? 1 : 0;
		}
		int[] using = new int[count];
		for (int a = 0, i = 0; a < layouts.length; a++) {
			if (layouts[a] == layout) {
				using[i++] = a;
			}
		}
		return using;
	}

	/** Per group, of the invitations sent, how many were completed; the table counted those of the assessments it read. */
	private static List<ResponseRate> responseRates(Engagement engagement, ResponseTable table) {
		RaterGroup[] groups = RaterGroup.values();
		int[] sent = new int[groups.length];
		int[] completed = new int[groups.length];
		for (Assessment assessment : engagement.getAssessments()) {
			if (assessment.getInstrument() == null) {
				for (RaterInvitation invitation : assessment.getInvitations()) {
					ResponseTable.count(invitation, sent, completed, 0);
				}
			}
		}
		for (int i = 0; i < table.sent.length; i++) {
			sent[i % groups.length] += table.sent[i];
			completed[i % groups.length] += table.completed[i];
		}
		int allOthers = RaterGroup.ALL_OTHERS.ordinal();
		for (RaterGroup group : groups) {
			if (group != RaterGroup.SELF && group != RaterGroup.ALL_OTHERS) {
				sent[allOthers] += sent[group.ordinal()];
				completed[allOthers] += completed[group.ordinal()];
			}
		}
		List<ResponseRate> rates = new ArrayList<>();
		for (RaterGroup group : groups) {
			if (sent[group.ordinal()] > 0) {
				rates.add(new ResponseRate(group, sent[group.ordinal()], completed[group.ordinal()]));
			}
		}
		return List.copyOf(rates);
	}
}

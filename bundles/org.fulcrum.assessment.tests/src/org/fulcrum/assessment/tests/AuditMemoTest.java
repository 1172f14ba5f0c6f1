package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.ReportRelease;
import org.junit.jupiter.api.Test;

/**
 * The audit's memo (docs/scoring.md, "What the audit costs") reuses a verdict across the
 * participants of one scoring whose raters have the same groups and patterns of answers. Scoring
 * many participants together (where the memo is hit) must publish exactly what scoring each alone
 * (where it cannot be) publishes, also for re-issues with late raters; the attacker test proves
 * the latter safe.
 */
class AuditMemoTest {

	private static final RelationshipGroup[] GROUPS = { RelationshipGroup.SELF, RelationshipGroup.MANAGER, RelationshipGroup.PEER,
			RelationshipGroup.DIRECT_REPORT, RelationshipGroup.PARTNER, RelationshipGroup.OTHER };
	private static final int PARTICIPANTS = 240;

	/** One rater: their group and answers in the instrument's order (0 not observed, -1 none). */
	private record Rater(RelationshipGroup group, int[] answers) {
	}

	private record Participant(List<Rater> first, boolean released, List<Rater> late) {
	}

	@Test
	void scoringTogetherPublishesWhatScoringAlonePublishes() {
		SplittableRandom random = new SplittableRandom(20261207L);
		List<Participant> participants = new ArrayList<>();
		for (int p = 0; p < PARTICIPANTS; p++) {
			List<Rater> first = new ArrayList<>();
			for (RelationshipGroup group : GROUPS) {
				int size = group == RelationshipGroup.SELF || group == RelationshipGroup.MANAGER ? random.nextInt(2) : random.nextInt(6);
				for (int r = 0; r < size; r++) {
					first.add(rater(random, group));
				}
			}
			List<Rater> late = new ArrayList<>();
			boolean released = random.nextInt(3) == 0;
			for (int l = released ? 1 + random.nextInt(3) : 0; l > 0; l--) {
				late.add(rater(random, GROUPS[2 + random.nextInt(4)]));
			}
			participants.add(new Participant(first, released, late));
		}
		MiniEngagement together = new MiniEngagement();
		List<Assessment> assessments = new ArrayList<>();
		for (int p = 0; p < PARTICIPANTS; p++) {
			assessments.add(p == 0 ? together.assessment : together.next("pm" + p, null, together.instrument));
			participants.get(p).first().forEach(r -> together.rater(r.group(), r.answers()));
		}
		EngagementResult firstTogether = score(together);
		List<MiniEngagement> alone = new ArrayList<>();
		for (int p = 0; p < PARTICIPANTS; p++) {
			MiniEngagement one = new MiniEngagement();
			participants.get(p).first().forEach(r -> one.rater(r.group(), r.answers()));
			alone.add(one);
			ParticipantResult expected = score(one).of(one.assessment).orElseThrow();
			assertSame(expected, firstTogether.of(assessments.get(p)).orElseThrow(), "participant " + p);
		}
		for (int p = 0; p < PARTICIPANTS; p++) {
			if (participants.get(p).released()) {
				release(together.engagement, assessments.get(p), firstTogether.of(assessments.get(p)).orElseThrow());
				MiniEngagement one = alone.get(p);
				release(one.engagement, one.assessment, score(one).of(one.assessment).orElseThrow());
			}
		}
		for (int p = 0; p < PARTICIPANTS; p++) {
			together.resume(assessments.get(p));
			participants.get(p).late().forEach(r -> together.rater(r.group(), r.answers()));
		}
		EngagementResult secondTogether = score(together);
		for (int p = 0; p < PARTICIPANTS; p++) {
			MiniEngagement one = alone.get(p);
			participants.get(p).late().forEach(r -> one.rater(r.group(), r.answers()));
			assertSame(score(one).of(one.assessment).orElseThrow(), secondTogether.of(assessments.get(p)).orElseThrow(),
					"participant " + p + " after late raters");
		}
	}

	/** Few items and many "not observed" answers, so that patterns repeat across participants. */
	private static Rater rater(SplittableRandom random, RelationshipGroup group) {
		int[] answers = new int[6];
		for (int i = 0; i < answers.length; i++) {
			double roll = random.nextDouble();
			answers[i] = roll < 0.05 ? -1 : roll < 0.25 ? 0 : 1 + random.nextInt(5);
		}
		return new Rater(group, answers);
	}

	private static EngagementResult score(MiniEngagement mini) {
		return new ScoringEngine(ScoringSettings.DEFAULT).score(mini.engagement);
	}

	/** Records a release of the figures as the report's ledger does. */
	static void release(org.fulcrum.model.Engagement engagement, Assessment assessment, ParticipantResult published) {
		ReportRelease release = MiniEngagement.MODEL.createReportRelease();
		release.setAt(new Date(1_760_000_000_000L));
		release.setAssessment(assessment);
		for (RaterInvitation invitation : assessment.getInvitations()) {
			if (invitation.getStatus() == InvitationStatus.COMPLETED) {
				release.getSubmissions().add(invitation);
			}
		}
		published.raters().forEach((group, n) -> {
			var count = MiniEngagement.MODEL.createReleasedCount();
			count.setGroup(group.name());
			count.setRaters(n);
			release.getCounts().add(count);
		});
		engagement.getReleases().add(release);
	}

	/** Every dimension's and item's figures, by id (the two engagements have instruments of their own). */
	private static void assertSame(ParticipantResult expected, ParticipantResult actual, String who) {
		assertEquals(expected.raters(), actual.raters(), who);
		for (var dimension : expected.dimensions()) {
			String id = dimension.dimension().getId();
			assertEquals(dimension.figures(), actual.dimension(id).orElseThrow().figures(), who + ", " + id);
		}
		for (var item : expected.items()) {
			String id = item.item().getId();
			assertEquals(item.figures(), actual.item(id).orElseThrow().figures(), who + ", " + id);
		}
		assertEquals(expected.items().size(), actual.items().size(), who);
	}
}

package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fulcrum.assessment.io.NominationImport;
import org.fulcrum.assessment.io.ParticipantImport;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same answers always give the same publication (docs/scoring.md, "One order"): an
 * engagement imported again through the documented imports, with each participant's
 * nominations, the response rows and the item columns in other orders, publishes exactly the
 * same figures, to the last bit, the same withheld ones, comments and flags, for the first
 * release and for the re-issue after late raters.
 */
class CanonicalOrderTest {

	private static final String[] GROUPS = { "self", "manager", "peer", "direct report", "partner", "other" };
	private static final String[] ITEMS = { "B.1", "B.2", "T1.1", "T1.2", "T2.1", "T2.2" };
	private static final int PARTICIPANTS = 40;
	private static final int ORDERS = 4;

	@TempDir
	Path folder;

	/** One rater of a participant: the nomination's group and the answers as a survey tool writes them. */
	private record Rater(int participant, String email, String group, String[] answers, String comment) {
	}

	@Test
	void theSameAnswersImportedInOtherOrdersPublishTheSameFigures() throws Exception {
		SplittableRandom random = new SplittableRandom(20261208L);
		List<Rater> first = new ArrayList<>();
		List<Rater> late = new ArrayList<>();
		for (int p = 0; p < PARTICIPANTS; p++) {
			for (String group : GROUPS) {
				int size = group.equals("self") ? (random.nextInt(5) > 0 ? 1 : 0) : group.equals("manager") ? random.nextInt(2) : random.nextInt(6);
				for (int r = 0; r < size; r++) {
					first.add(rater(random, p, group, first.size()));
				}
			}
			for (int l = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0; l > 0; l--) {
				late.add(rater(random, p, GROUPS[2 + random.nextInt(4)], 1000 + late.size()));
			}
		}
		String expectedFirst = null;
		String expectedSecond = null;
		int withheldBeyondTheRule = 0;
		for (int order = 0; order < ORDERS; order++) {
			SplittableRandom shuffle = new SplittableRandom(order);
			Engagement engagement = new MiniEngagement().engagement;
			engagement.getAssessments().clear();
			engagement.getPeople().clear();
			StringBuilder participants = new StringBuilder("id,name,email\n");
			for (int p = 0; p < PARTICIPANTS; p++) {
				participants.append("pm-").append(p).append(",Participant ").append(p).append(",pm").append(p).append("@x.example\n");
			}
			ParticipantImport.apply(engagement, ImportTest.csv(folder, "p" + order + ".csv", participants.toString()));
			importAnswers(engagement, first, shuffle, "first" + order);
			ScoringEngine engine = new ScoringEngine(ScoringSettings.DEFAULT);
			EngagementResult firstResult = engine.score(engagement);
			String published = text(firstResult);
			if (order == 0) {
				expectedFirst = published;
				withheldBeyondTheRule = withheldBeyondTheRule(firstResult);
			}
			assertEquals(expectedFirst, published, "the first scoring, order " + order);
			for (Assessment assessment : engagement.getAssessments()) {
				AuditMemoTest.release(engagement, assessment, firstResult.of(assessment).orElseThrow());
			}
			importAnswers(engagement, late, shuffle, "late" + order);
			String reissued = text(engine.score(engagement));
			if (order == 0) {
				expectedSecond = reissued;
			}
			assertEquals(expectedSecond, reissued, "the re-issue after late raters, order " + order);
		}
		// the case must make the audit work: figures it withholds beyond the participant-wide rule
		assertTrue(withheldBeyondTheRule > 20, "the audit withheld only " + withheldBeyondTheRule + " figures beyond the rule");
	}

	private static Rater rater(SplittableRandom random, int participant, String group, int number) {
		String[] answers = new String[ITEMS.length];
		for (int i = 0; i < answers.length; i++) {
			double roll = random.nextDouble();
			answers[i] = roll < 0.08 ? "" : roll < 0.28 ? "not observed" : Integer.toString(1 + random.nextInt(5));
		}
		String email = group.equals("self") ? "pm" + participant + "@x.example" : "r" + number + "@x.example";
		String comment = random.nextInt(3) == 0 ? "Comment " + random.nextInt(4) : "";
		return new Rater(participant, email, group, answers, comment);
	}

	/**
	 * Nominates the raters (each participant's in a shuffled order, the participants in theirs, so
	 * that the engagement's assessments keep their order) and imports their answers: response
	 * rows shuffled, item columns in a shuffled order.
	 */
	private void importAnswers(Engagement engagement, List<Rater> raters, SplittableRandom shuffle, String name) throws Exception {
		List<Rater> nominated = new ArrayList<>();
		for (int p = 0; p < PARTICIPANTS; p++) {
			List<Rater> own = new ArrayList<>();
			for (Rater rater : raters) {
				if (rater.participant() == p) {
					own.add(rater);
				}
			}
			shuffle(own, shuffle);
			nominated.addAll(own);
		}
		StringBuilder nominations = new StringBuilder("participant,rater_name,email,relationship\n");
		for (Rater rater : nominated) {
			nominations.append("pm-").append(rater.participant()).append(",Rater,").append(rater.email()).append(',').append(rater.group())
					.append('\n');
		}
		NominationImport.apply(engagement, ImportTest.csv(folder, name + "-r.csv", nominations.toString()), "baseline");
		for (Assessment assessment : engagement.getAssessments()) {
			assessment.getInvitations().stream().filter(i -> i.getStatus() == InvitationStatus.NOMINATED)
					.forEach(i -> i.setStatus(InvitationStatus.INVITED));
		}
		List<Integer> columns = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
		shuffle(columns, shuffle);
		StringBuilder responses = new StringBuilder("participant,rater_email");
		columns.forEach(c -> responses.append(',').append(ITEMS[c]));
		responses.append(",comment:T1\n");
		List<Rater> rows = new ArrayList<>(raters);
		shuffle(rows, shuffle);
		for (Rater rater : rows) {
			responses.append("pm-").append(rater.participant()).append(',').append(rater.email());
			columns.forEach(c -> responses.append(',').append(rater.answers()[c]));
			responses.append(',').append(rater.comment()).append('\n');
		}
		ResponseImport.apply(engagement, ImportTest.csv(folder, name + "-s.csv", responses.toString()));
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			java.util.Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

	/** Everything a participant or the consultant is shown, by ids, numbers with every digit. */
	private static String text(EngagementResult result) {
		StringBuilder text = new StringBuilder();
		for (ParticipantResult participant : result.participants()) {
			text.append(participant.assessment().getSubject().getId()).append(' ').append(participant.raters()).append('\n');
			participant.dimensions().forEach(d -> text.append("  ").append(d.dimension().getId()).append(' ').append(figures(d.figures()))
					.append(" agreement ").append(d.agreement()).append('\n'));
			participant.items().forEach(i -> text.append("  ").append(i.item().getId()).append(' ').append(figures(i.figures())).append('\n'));
			text.append("  blind spots ").append(participant.blindSpots().stream().map(d -> d.dimension().getId()).toList())
					.append(", hidden strengths ").append(participant.hiddenStrengths().stream().map(d -> d.dimension().getId()).toList())
					.append(", top ").append(participant.top().stream().map(i -> i.item().getId()).toList())
					.append(", bottom ").append(participant.bottom().stream().map(i -> i.item().getId()).toList()).append('\n');
			participant.comments().forEach(c -> text.append("  comment ").append(c.dimension() == null ? "-" : c.dimension().getId())
					.append(' ').append(c.text()).append('\n'));
			participant.standings().forEach(s -> text.append("  standing ").append(s.dimension().getId()).append(' ').append(s.percentile())
					.append(" of ").append(s.cohort()).append('\n'));
		}
		result.reliability().forEach(r -> text.append("alpha ").append(r.dimension().getId()).append(' ').append(r.items()).append(' ')
				.append(r.cases()).append(' ').append(r.alpha()).append('\n'));
		result.responseRates().forEach(r -> text.append("rate ").append(r).append('\n'));
		return text.toString();
	}

	private static String figures(Figures figures) {
		return figures.shown() + " withheld " + figures.withheld();
	}

	/** Item figures of groups the participant-wide rule shows that are not published: mostly the audit at work. */
	private static int withheldBeyondTheRule(EngagementResult result) {
		int withheld = 0;
		for (ParticipantResult participant : result.participants()) {
			for (var item : participant.items()) {
				for (RaterGroup group : participant.raters().keySet()) {
					withheld += item.figures().of(group).isEmpty() && item.figures().withheld().contains(group) ? 1 : 0;
				}
			}
		}
		return withheld;
	}
}

package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.ReportRelease;
import org.fulcrum.model.query.Instruments;
import org.junit.jupiter.api.Test;

/**
 * The attacker test (docs/scoring.md, "The audit"): thousands of random engagements (instruments
 * of one or two dimension trees, group sizes 0–6, "not observed" and skipped answers, policies of
 * 2–4, late raters and re-issues under the release ledger), each scored as every output sees it
 * ({@link ScoringEngine#score}). An attacker who knows every rater's group and pattern of
 * answers writes every published mean times its n as a linear equation in the raters' answers,
 * for the first release and the re-issue alike, and tries to solve for each withheld group's sum
 * on every item and dimension and for each protected rater's answers and dimension scores. Zero
 * may be recovered. The attacker's model of the scoring is its own, and is checked against every
 * published n, so that a wrong model cannot pass unnoticed.
 *
 * <p>Cases: {@code -Dfulcrum.attackCases=N} [2000], seed {@code -Dfulcrum.attackSeed=S}; a failure
 * names the seed of its case, which {@code -Dfulcrum.attackCase=SEED} replays alone.
 */
class AttackerTest {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	/** The attacker's arithmetic: modulo a prime none of the audit's primes is. */
	private static final long P = 1_000_000_007L;
	private static final RelationshipGroup[] OTHERS = { RelationshipGroup.MANAGER, RelationshipGroup.PEER,
			RelationshipGroup.DIRECT_REPORT, RelationshipGroup.PARTNER, RelationshipGroup.OTHER };

	@Test
	void noWithheldGroupAndNoRaterCanBeWorkedOutFromWhatIsPublished() {
		String single = System.getProperty("fulcrum.attackCase", "");
		if (!single.isBlank()) {
			attack(Long.parseLong(single.strip()));
			return;
		}
		int cases = Integer.getInteger("fulcrum.attackCases", 2000);
		long seed = Long.getLong("fulcrum.attackSeed", 20261207L);
		SplittableRandom seeds = new SplittableRandom(seed);
		int attacked = 0;
		for (int c = 0; c < cases; c++) {
			long caseSeed = seeds.nextLong();
			try {
				attacked += attack(caseSeed);
			} catch (AssertionError | RuntimeException e) {
				throw new AssertionError("attack case " + c + " of seed " + seed + " failed; replay it with -Dfulcrum.attackCase="
						+ caseSeed + ": " + e.getMessage(), e);
			}
		}
		// the generator must make the attacker work: most cases publish something and withhold something
		assertTrue(attacked > cases / 4, "only " + attacked + " of " + cases + " cases had a withheld group or a protected rater");
	}

	/** One random engagement, scored, released, joined by late raters and scored again; 1 when anything was protected. */
	private static int attack(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Case c = new Case(random);
		ScoringEngine engine = new ScoringEngine(ScoringSettings.DEFAULT);
		List<Release> releases = new ArrayList<>();
		EngagementResult first = engine.score(c.engagement);
		releases.add(new Release(first.of(c.assessment).orElseThrow(), c.completed(Set.of())));
		if (random.nextInt(3) > 0) {
			ReportRelease release = MODEL.createReportRelease();
			release.setAt(new Date(1_760_000_000_000L));
			release.setAssessment(c.assessment);
			release.getSubmissions().addAll(c.completed(Set.of()));
			// as the report's ledger records it: the groups the release showed, with their counts
			releases.get(0).result().raters().forEach((group, n) -> {
				var count = MODEL.createReleasedCount();
				count.setGroup(group.name());
				count.setRaters(n);
				release.getCounts().add(count);
			});
			c.engagement.getReleases().add(release);
			int late = 1 + random.nextInt(4);
			for (int l = 0; l < late; l++) {
				c.rater(random, OTHERS[random.nextInt(OTHERS.length)]);
			}
			EngagementResult second = engine.score(c.engagement);
			var decision = second.release(c.assessment);
			List<RaterInvitation> counted = decision.refusal().isPresent() ? List.of() : c.completed(decision.heldBack());
			releases.add(new Release(second.of(c.assessment).orElseThrow(), counted));
		}
		if (Boolean.getBoolean("fulcrum.attackDebug")) {
			System.out.println(describe(c, releases));
		}
		return new Attacker(c, releases).run();
	}

	/** The case as text, for a failure's replay. */
	private static String describe(Case c, List<Release> releases) {
		StringBuilder text = new StringBuilder("minimum " + c.policy.getMinimumRaters() + ", self exempt " + c.policy.isSelfExempt()
				+ ", manager exempt " + c.policy.isManagerExempt() + "\n");
		for (RaterInvitation invitation : c.completed(Set.of())) {
			text.append(invitation.getRelationship()).append(':');
			for (BehaviourItem item : c.items) {
				var answer = invitation.getResponses().stream().filter(r -> r.getItem() == item).findFirst();
				text.append(' ').append(answer.map(r -> r.isNotObserved() ? "n" : String.valueOf(r.getValue())).orElse("-"));
			}
			text.append('\n');
		}
		for (Release release : releases) {
			text.append("release of ").append(release.counted().size()).append(" raters, shown ").append(release.result().raters()).append('\n');
			release.result().dimensions().forEach(d -> text.append("  ").append(d.dimension().getId()).append(' ')
					.append(d.figures().shown().keySet()).append('\n'));
			release.result().items().forEach(i -> text.append("  ").append(i.item().getId()).append(' ')
					.append(i.figures().shown().keySet()).append('\n'));
		}
		return text.toString();
	}

	private record Release(ParticipantResult result, List<RaterInvitation> counted) {
	}

	/**
	 * What the attacker recovers from the given releases of one participant (each the result of
	 * {@link ScoringEngine#score} and the questionnaires it counted): the first thing recovered, or
	 * empty. For the fixed regression cases of {@code ConfidentialityRegressionTest}.
	 */
	static java.util.Optional<String> recovered(Engagement engagement, Assessment assessment, List<ParticipantResult> results,
			List<List<RaterInvitation>> counted) {
		List<Release> releases = new ArrayList<>();
		for (int r = 0; r < results.size(); r++) {
			releases.add(new Release(results.get(r), counted.get(r)));
		}
		try {
			new Attacker(new Case(engagement, assessment), releases).run();
			return java.util.Optional.empty();
		} catch (AssertionError e) {
			return java.util.Optional.of(e.getMessage());
		}
	}

	/** A random engagement of one participant, or a given one. */
	private static final class Case {

		final Engagement engagement;
		final Instrument instrument;
		final Assessment assessment;
		final ConfidentialityPolicy policy;
		final List<BehaviourItem> items;
		final double notObserved;
		final double skipped;
		private int people;

		Case(Engagement engagement, Assessment assessment) {
			this.engagement = engagement;
			this.assessment = assessment;
			this.instrument = assessment.getInstrument();
			this.policy = engagement.getConfidentiality();
			items = Instruments.items(instrument);
			notObserved = 0;
			skipped = 0;
		}

		Case(SplittableRandom random) {
			engagement = MODEL.createEngagement();
			instrument = MODEL.createInstrument();
			assessment = MODEL.createAssessment();
			policy = MODEL.createConfidentialityPolicy();
			engagement.setId("attack");
			policy.setMinimumRaters(2 + random.nextInt(3));
			policy.setSelfExempt(random.nextInt(6) > 0);
			policy.setManagerExempt(random.nextBoolean());
			engagement.setConfidentiality(policy);
			instrument.setId("random");
			instrument.setScale(MODEL.createRatingScale());
			int trees = 1 + random.nextInt(2);
			for (int t = 0; t < trees; t++) {
				instrument.getDimensions().add(tree(random, "D" + t));
			}
			engagement.getInstruments().add(instrument);
			items = Instruments.items(instrument);
			PartnerManager subject = MODEL.createPartnerManager();
			subject.setId("pm");
			engagement.getPeople().add(subject);
			assessment.setId("A");
			assessment.setSubject(subject);
			assessment.setInstrument(instrument);
			engagement.getAssessments().add(assessment);
			double[] rates = { 0, 0.05, 0.15, 0.3, 0.5 };
			notObserved = rates[random.nextInt(rates.length)];
			skipped = rates[random.nextInt(3)];
			if (random.nextInt(5) > 0) {
				rater(random, RelationshipGroup.SELF);
			}
			for (RelationshipGroup group : OTHERS) {
				int size = group == RelationshipGroup.MANAGER ? random.nextInt(3) : random.nextInt(7);
				for (int r = 0; r < size; r++) {
					rater(random, group);
				}
			}
		}

		/** A base of 1–3 items, or a pillar of 2–3 traits of 1–4 items and maybe items of its own. */
		private Dimension tree(SplittableRandom random, String id) {
			if (random.nextInt(3) == 0) {
				return dimension(id, DimensionKind.BASE, 1 + random.nextInt(3));
			}
			Dimension pillar = dimension(id, DimensionKind.PILLAR, random.nextInt(4) == 0 ? 1 : 0);
			int traits = 2 + random.nextInt(2);
			for (int t = 0; t < traits; t++) {
				pillar.getChildren().add(dimension(id + "." + t, DimensionKind.TRAIT, 1 + random.nextInt(4)));
			}
			return pillar;
		}

		private static Dimension dimension(String id, DimensionKind kind, int items) {
			Dimension dimension = MODEL.createDimension();
			dimension.setId(id);
			dimension.setName(id);
			dimension.setKind(kind);
			for (int i = 0; i < items; i++) {
				BehaviourItem item = MODEL.createBehaviourItem();
				item.setId(id + "-" + i);
				item.setText(id + " item " + i);
				dimension.getItems().add(item);
			}
			return dimension;
		}

		void rater(SplittableRandom random, RelationshipGroup group) {
			Person person = group == RelationshipGroup.SELF ? assessment.getSubject() : MODEL.createPerson();
			if (group != RelationshipGroup.SELF) {
				person.setId("r" + ++people);
				engagement.getPeople().add(person);
			}
			RaterInvitation invitation = MODEL.createRaterInvitation();
			invitation.setId("i" + assessment.getInvitations().size());
			invitation.setRater(person);
			invitation.setRelationship(group);
			invitation.setStatus(InvitationStatus.COMPLETED);
			for (BehaviourItem item : items) {
				double roll = random.nextDouble();
				if (roll < skipped) {
					continue;
				}
				ItemResponse response = MODEL.createItemResponse();
				response.setItem(item);
				if (roll < skipped + notObserved) {
					response.setNotObserved(true);
				} else {
					response.setValue(1 + random.nextInt(5));
				}
				invitation.getResponses().add(response);
			}
			assessment.getInvitations().add(invitation);
		}

		List<RaterInvitation> completed(Set<RaterInvitation> except) {
			return assessment.getInvitations().stream().filter(i -> i.getStatus() == InvitationStatus.COMPLETED)
					.filter(i -> !except.contains(i)).toList();
		}

		boolean exempt(RelationshipGroup group) {
			return group == RelationshipGroup.SELF && policy.isSelfExempt()
					|| group == RelationshipGroup.MANAGER && policy.isManagerExempt();
		}
	}

	/** The reader with every published figure of every release, and the linear algebra to use them. */
	private static final class Attacker {

		private final Case c;
		private final List<Release> releases;
		private final List<RaterInvitation> raters;
		/** Per rater and item position: the unknown's column, -1 where the rater gave no answer. */
		private final int[][] column;
		private int columns;
		private final List<long[]> rows = new ArrayList<>();

		Attacker(Case c, List<Release> releases) {
			this.c = c;
			this.releases = releases;
			this.raters = c.completed(Set.of());
			column = new int[raters.size()][c.items.size()];
			for (int r = 0; r < raters.size(); r++) {
				Arrays.fill(column[r], -1);
				for (ItemResponse response : raters.get(r).getResponses()) {
					if (!response.isNotObserved()) {
						column[r][c.items.indexOf(response.getItem())] = columns++;
					}
				}
			}
		}

		int run() {
			for (Release release : releases) {
				gather(release);
			}
			Basis basis = new Basis(rows, columns);
			boolean protectedAnything = false;
			for (Release release : releases) {
				Set<RaterGroup> shown = release.result().raters().keySet();
				for (RelationshipGroup group : OTHERS_AND_SELF) {
					RaterGroup g = RaterGroup.of(group);
					List<Integer> members = members(release.counted(), group);
					if (members.isEmpty() || c.exempt(group) || shown.contains(g)) {
						continue;
					}
					protectedAnything = true;
					for (Dimension d : dimensions()) {
						assertUnknown(basis, sum(members, d), group + "'s sum on " + d.getId());
					}
					for (int i = 0; i < c.items.size(); i++) {
						assertUnknown(basis, sum(members, i), group + "'s sum on item " + c.items.get(i).getId());
					}
				}
			}
			for (int r = 0; r < raters.size(); r++) {
				RelationshipGroup group = raters.get(r).getRelationship();
				if (c.exempt(group)) {
					continue;
				}
				protectedAnything = true;
				for (int i = 0; i < c.items.size(); i++) {
					assertUnknown(basis, sum(List.of(r), i), "rater " + r + " (" + group + ")'s answer to " + c.items.get(i).getId());
				}
				for (Dimension d : dimensions()) {
					assertUnknown(basis, sum(List.of(r), d), "rater " + r + " (" + group + ")'s score on " + d.getId());
				}
			}
			return protectedAnything ? 1 : 0;
		}

		private static final RelationshipGroup[] OTHERS_AND_SELF = RelationshipGroup.values();

		private void assertUnknown(Basis basis, long[] target, String what) {
			if (Arrays.stream(target).allMatch(v -> v == 0)) {
				return; // nothing of it in any answer
			}
			if (basis.contains(target)) {
				fail("recovered " + what + " from the published figures");
			}
		}

		/** Every published mean times its n as an equation; checks the attacker's model against each n. */
		private void gather(Release release) {
			ParticipantResult result = release.result();
			Set<RaterGroup> shown = result.raters().keySet();
			for (DimensionResult dimension : result.dimensions()) {
				dimension.figures().shown().forEach((group, figure) -> {
					List<Integer> members = members(release.counted(), group);
					checkSpread(group, figure, false);
					assertTrue(shown.contains(group), group + " shown on " + dimension.dimension().getId() + " but not for the participant");
					long[] row = sum(members, dimension.dimension());
					assertEquals(figure.n(), counted(members, dimension.dimension()), "n of " + group + " on " + dimension.dimension().getId());
					rows.add(row);
				});
			}
			for (ItemResult item : result.items()) {
				int i = c.items.indexOf(item.item());
				item.figures().shown().forEach((group, figure) -> {
					List<Integer> members = members(release.counted(), group);
					checkSpread(group, figure, true);
					assertTrue(shown.contains(group), group + " shown on " + item.item().getId() + " but not for the participant");
					long[] row = sum(members, i);
					assertEquals(figure.n(), members.stream().filter(r -> column[r][i] >= 0).count(), "n of " + group + " on item " + i);
					rows.add(row);
				});
			}
		}

		/** Min and max only for exempt groups; the standard deviation not for protected groups on items or in small groups. */
		private void checkSpread(RaterGroup group, Figure figure, boolean item) {
			boolean exempt = group != RaterGroup.ALL_OTHERS && c.exempt(relationship(group));
			if (exempt) {
				return;
			}
			assertTrue(Double.isNaN(figure.min()) && Double.isNaN(figure.max()), "range of " + group + " published");
			int floor = Math.max(6, 2 * c.policy.getMinimumRaters());
			assertTrue(Double.isNaN(figure.sd()) || !item && figure.n() >= floor, "spread of " + group + " (n " + figure.n() + ") published");
		}

		private static RelationshipGroup relationship(RaterGroup group) {
			return RelationshipGroup.valueOf(group.name());
		}

		private List<Integer> members(List<RaterInvitation> counted, RaterGroup group) {
			List<Integer> members = new ArrayList<>();
			for (int r = 0; r < raters.size(); r++) {
				RelationshipGroup of = raters.get(r).getRelationship();
				if (counted.contains(raters.get(r))
						&& (group == RaterGroup.ALL_OTHERS ? of != RelationshipGroup.SELF : RaterGroup.of(of) == group)) {
					members.add(r);
				}
			}
			return members;
		}

		private List<Integer> members(List<RaterInvitation> counted, RelationshipGroup group) {
			return members(counted, RaterGroup.of(group));
		}

		private long[] sum(List<Integer> members, int item) {
			long[] row = new long[columns];
			for (int r : members) {
				if (column[r][item] >= 0) {
					row[column[r][item]] = 1;
				}
			}
			return row;
		}

		private long[] sum(List<Integer> members, Dimension dimension) {
			long[] row = new long[columns];
			for (int r : members) {
				Map<Integer, Long> score = score(r, dimension);
				if (score != null) {
					score.forEach((col, weight) -> row[col] = (row[col] + weight) % P);
				}
			}
			return row;
		}

		private long counted(List<Integer> members, Dimension dimension) {
			return members.stream().filter(r -> score(r, dimension) != null).count();
		}

		/**
		 * The attacker's own model of a rater's score (docs/scoring.md) as weights on their answers:
		 * the mean of the dimension's own answers, or of its sub-dimensions' scores and its own
		 * items as one more part; null when they answered less than half of its items.
		 */
		private Map<Integer, Long> score(int r, Dimension dimension) {
			List<BehaviourItem> all = allItems(dimension);
			long answered = all.stream().filter(item -> column[r][c.items.indexOf(item)] >= 0).count();
			if (all.isEmpty() || answered < 0.5 * all.size()) {
				return null;
			}
			List<Map<Integer, Long>> parts = new ArrayList<>();
			for (Dimension child : dimension.getChildren()) {
				Map<Integer, Long> part = score(r, child);
				if (part != null) {
					parts.add(part);
				}
			}
			List<Integer> own = dimension.getItems().stream().map(item -> column[r][c.items.indexOf(item)]).filter(col -> col >= 0).toList();
			boolean ownCounts = dimension.getChildren().isEmpty() ? !own.isEmpty() : !dimension.getItems().isEmpty()
					&& own.size() >= 0.5 * dimension.getItems().size();
			if (ownCounts) {
				Map<Integer, Long> part = new HashMap<>();
				own.forEach(col -> part.put(col, inverse(own.size())));
				parts.add(part);
			}
			if (parts.isEmpty()) {
				return null;
			}
			Map<Integer, Long> score = new HashMap<>();
			long share = inverse(parts.size());
			for (Map<Integer, Long> part : parts) {
				part.forEach((col, weight) -> score.merge(col, weight * share % P, (a, b) -> (a + b) % P));
			}
			return score;
		}

		private List<Dimension> dimensions() {
			List<Dimension> all = new ArrayList<>();
			c.instrument.getDimensions().forEach(d -> collect(d, all));
			return all;
		}

		private static void collect(Dimension dimension, List<Dimension> into) {
			into.add(dimension);
			dimension.getChildren().forEach(child -> collect(child, into));
		}

		private static List<BehaviourItem> allItems(Dimension dimension) {
			List<BehaviourItem> items = new ArrayList<>(dimension.getItems());
			dimension.getChildren().forEach(child -> items.addAll(allItems(child)));
			return items;
		}
	}

	/** The row space of the published equations modulo P, in reduced row echelon form. */
	private static final class Basis {

		private final List<long[]> pivots = new ArrayList<>();
		private final List<Integer> pivotColumns = new ArrayList<>();
		private final int[] pivotRowOf;

		Basis(List<long[]> rows, int columns) {
			pivotRowOf = new int[columns];
			Arrays.fill(pivotRowOf, -1);
			for (long[] original : rows) {
				long[] row = original.clone();
				reduce(row);
				int lead = -1;
				for (int col = 0; col < columns && lead < 0; col++) {
					lead = row[col] != 0 ? col : -1;
				}
				if (lead < 0) {
					continue;
				}
				scale(row, inverse(row[lead]));
				for (long[] pivot : pivots) {
					if (pivot[lead] != 0) {
						subtract(pivot, row, pivot[lead]);
					}
				}
				pivotRowOf[lead] = pivots.size();
				pivots.add(row);
				pivotColumns.add(lead);
			}
		}

		boolean contains(long[] target) {
			long[] t = target.clone();
			reduce(t);
			return Arrays.stream(t).allMatch(v -> v == 0);
		}

		private void reduce(long[] row) {
			for (int p = 0; p < pivots.size(); p++) {
				long factor = row[pivotColumns.get(p)];
				if (factor != 0) {
					subtract(row, pivots.get(p), factor);
				}
			}
		}

		private static void subtract(long[] row, long[] pivot, long factor) {
			for (int col = 0; col < row.length; col++) {
				if (pivot[col] != 0) {
					row[col] = Math.floorMod(row[col] - factor * pivot[col] % P, P);
				}
			}
		}

		private static void scale(long[] row, long factor) {
			for (int col = 0; col < row.length; col++) {
				row[col] = row[col] * factor % P;
			}
		}
	}

	private static long inverse(long a) {
		long result = 1;
		long base = Math.floorMod(a, P);
		for (long e = P - 2; e > 0; e >>= 1) {
			if ((e & 1) == 1) {
				result = result * base % P;
			}
			base = base * base % P;
		}
		return result;
	}
}

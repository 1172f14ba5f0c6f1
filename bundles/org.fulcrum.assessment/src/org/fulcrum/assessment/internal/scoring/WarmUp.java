package org.fulcrum.assessment.internal.scoring;

import java.util.Date;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
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

/**
 * Warms the scoring code on a core that is idle while a command opens and checks an engagement
 * (docs/performance.md, "Warming the scoring code"). In a fresh JVM most of the first scoring is
 * code running in the interpreter until the JIT has compiled it, the audit's most of all; scoring
 * a small made-up engagement a few times on a second thread, while the caller's thread reads the
 * file, leaves that code compiled when the real scoring starts.
 *
 * <p>The made-up engagement is generic (two dimension trees, groups of 0–6 raters, "not
 * observed" and skipped answers at several rates, reverse-keyed items, a release with late
 * raters), so that every path of the scoring and the audit runs. It shares nothing with the
 * caller's engagement and its results are dropped. The warm-up scores on its own thread only,
 * never on the common pool the real scoring uses, and stops when the first real scoring starts
 * (at its next participant); a JVM with one core, or
 * {@code -Dfulcrum.scoringWarmUp=off}, does none.
 */
public final class WarmUp {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	private static final int PARTICIPANTS = 48;
	/** Rounds at most: by then the code the scoring runs is compiled (C1), further rounds add nothing. */
	static final int ROUNDS = 8;
	private static final RelationshipGroup[] OTHERS = { RelationshipGroup.PEER, RelationshipGroup.DIRECT_REPORT,
			RelationshipGroup.PARTNER, RelationshipGroup.OTHER };

	private static final AtomicBoolean STARTED = new AtomicBoolean();
	private static final java.util.concurrent.atomic.AtomicInteger ROUNDS_DONE = new java.util.concurrent.atomic.AtomicInteger();
	private static volatile boolean stopped;
	private static volatile Thread thread;

	private WarmUp() {
	}

	/** Starts the warm-up once per JVM, unless switched off or on a single core; returns at once. */
	public static void start() {
		if ("off".equals(System.getProperty("fulcrum.scoringWarmUp")) || Runtime.getRuntime().availableProcessors() < 2
				|| !STARTED.compareAndSet(false, true)) {
			return;
		}
		Thread warming = new Thread(WarmUp::run, "fulcrum-scoring-warm-up");
		warming.setDaemon(true);
		warming.setPriority(Thread.MIN_PRIORITY);
		thread = warming;
		warming.start();
	}

	/** The warm-up's thread, once started (null before or where it does none). */
	public static Thread thread() {
		return thread;
	}

	/** How many rounds of the made-up engagement the warm-up scored in full. */
	public static int roundsDone() {
		return ROUNDS_DONE.get();
	}

	/** Whether the calling thread is the warm-up's: its scorings run on it alone and stop nothing. */
	static boolean isWarmingUp() {
		return Thread.currentThread() == thread;
	}

	/** A real scoring starts: the warm-up ends at its next participant. */
	static void stop() {
		stopped = true;
	}

	/** Ends the warm-up's scoring once a real one has started, so that the two share no core for long. */
	static void checkNotStopped() {
		if (stopped) {
			throw new Stopped();
		}
	}

	private static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stopped() {
			super("a real scoring started", null, false, false);
		}
	}

	private static void run() {
		try {
			Engagement engagement = engagement(new SplittableRandom(20261208L));
			ScoringEngine engine = new ScoringEngine(ScoringSettings.DEFAULT);
			for (int round = 0; round < ROUNDS && !stopped; round++) {
				EngagementResult result = engine.score(engagement);
				if (round == 0) {
					release(engagement, result);
				}
				ROUNDS_DONE.incrementAndGet();
			}
		} catch (Stopped e) {
			// a real scoring started
		} catch (RuntimeException | Error e) {
			// a warm-up that fails costs nothing but the warm-up; the real scoring reports its own faults
		}
	}

	/** Records a release of half the participants and adds late raters to them, so that the re-issue's path runs too. */
	private static void release(Engagement engagement, EngagementResult result) {
		SplittableRandom random = new SplittableRandom(7);
		for (int p = 0; p < PARTICIPANTS; p += 2) {
			Assessment assessment = engagement.getAssessments().get(p);
			ParticipantResult published = result.participants().get(p);
			ReportRelease release = MODEL.createReportRelease();
			release.setAt(new Date(0));
			release.setAssessment(assessment);
			for (RaterInvitation invitation : assessment.getInvitations()) {
				release.getSubmissions().add(invitation);
			}
			published.raters().forEach((group, n) -> {
				var count = MODEL.createReleasedCount();
				count.setGroup(group.name());
				count.setRaters(n);
				release.getCounts().add(count);
			});
			engagement.getReleases().add(release);
			for (int late = 1 + random.nextInt(4); late > 0; late--) {
				rater(engagement, assessment, OTHERS[random.nextInt(OTHERS.length)], random, 0.1, 0.02);
			}
		}
	}

	private static Engagement engagement(SplittableRandom random) {
		Engagement engagement = MODEL.createEngagement();
		engagement.setId("warm-up");
		ConfidentialityPolicy policy = MODEL.createConfidentialityPolicy();
		engagement.setConfidentiality(policy);
		Instrument instrument = MODEL.createInstrument();
		instrument.setId("warm-up");
		instrument.setScale(MODEL.createRatingScale());
		instrument.getDimensions().add(dimension("B", DimensionKind.BASE, 3));
		for (int pillar = 0; pillar < 2; pillar++) {
			Dimension dimension = dimension("P" + pillar, DimensionKind.PILLAR, pillar);
			for (int trait = 0; trait < 3; trait++) {
				dimension.getChildren().add(dimension("P" + pillar + "T" + trait, DimensionKind.TRAIT, 3 + (trait + pillar) % 3));
			}
			instrument.getDimensions().add(dimension);
		}
		engagement.getInstruments().add(instrument);
		double[] notObserved = { 0, 0.02, 0.1, 0.3 };
		for (int p = 0; p < PARTICIPANTS; p++) {
			PartnerManager subject = MODEL.createPartnerManager();
			subject.setId("p" + p);
			engagement.getPeople().add(subject);
			Assessment assessment = MODEL.createAssessment();
			assessment.setId("a" + p);
			assessment.setSubject(subject);
			assessment.setInstrument(instrument);
			engagement.getAssessments().add(assessment);
			double rate = notObserved[p % notObserved.length];
			double skipped = p % 3 == 0 ? 0.03 : 0;
			if (random.nextInt(10) > 0) {
				rater(engagement, assessment, RelationshipGroup.SELF, random, rate, skipped);
			}
			for (int m = random.nextInt(2); m > 0; m--) {
				rater(engagement, assessment, RelationshipGroup.MANAGER, random, rate, skipped);
			}
			for (RelationshipGroup group : OTHERS) {
				for (int r = random.nextInt(7); r > 0; r--) {
					rater(engagement, assessment, group, random, rate, skipped);
				}
			}
		}
		return engagement;
	}

	private static Dimension dimension(String id, DimensionKind kind, int items) {
		Dimension dimension = MODEL.createDimension();
		dimension.setId(id);
		dimension.setName(id);
		dimension.setKind(kind);
		for (int i = 0; i < items; i++) {
			BehaviourItem item = MODEL.createBehaviourItem();
			item.setId(id + "." + i);
			item.setText(id + "." + i);
			item.setReverseKeyed(i == 2);
			dimension.getItems().add(item);
		}
		return dimension;
	}

	private static void rater(Engagement engagement, Assessment assessment, RelationshipGroup group, SplittableRandom random,
			double notObserved, double skipped) {
		Person rater = assessment.getSubject();
		if (group != RelationshipGroup.SELF) {
			rater = MODEL.createPerson();
			rater.setId("r" + engagement.getPeople().size());
			engagement.getPeople().add(rater);
		}
		RaterInvitation invitation = MODEL.createRaterInvitation();
		invitation.setId("i" + assessment.getId() + "." + assessment.getInvitations().size());
		invitation.setRater(rater);
		invitation.setRelationship(group);
		invitation.setStatus(InvitationStatus.COMPLETED);
		for (Dimension top : assessment.getInstrument().getDimensions()) {
			answer(invitation, top, random, notObserved, skipped);
		}
		assessment.getInvitations().add(invitation);
	}

	private static void answer(RaterInvitation invitation, Dimension dimension, SplittableRandom random, double notObserved,
			double skipped) {
		for (BehaviourItem item : dimension.getItems()) {
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
		for (Dimension child : dimension.getChildren()) {
			answer(invitation, child, random, notObserved, skipped);
		}
	}
}

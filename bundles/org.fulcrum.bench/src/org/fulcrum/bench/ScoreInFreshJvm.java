package org.fulcrum.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;

/**
 * Opens one engagement file in this fresh JVM, as {@code ./fulcrum score} does (with the scoring
 * code's warm-up on the second core, {@link ScoringEngine#warmUp}), then scores it {@code runs}
 * times and prints {@code open-ms score-ms...} on one line. The first scoring runs in a fresh JVM
 * after the open: that is what a consultant waits for after opening an engagement.
 */
public final class ScoreInFreshJvm {

	private ScoreInFreshJvm() {
	}

	public static void main(String[] arguments) throws Exception {
		Path file = Path.of(arguments[0]);
		int runs = Integer.parseInt(arguments[1]);
		long started = System.nanoTime();
		// as ./fulcrum score does: the scoring code warms up on the second core while the file is read
		// (-Dfulcrum.scoringWarmUp=off in the scoring JVM's options measures without)
		ScoringEngine.warmUp();
		Engagement engagement;
		try (EngagementDocument document = new EngagementStore().open(file)) {
			engagement = document.engagement();
		}
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6));
		ScoringEngine engine = new ScoringEngine(ScoringSettings.DEFAULT);
		for (int run = 0; run < runs; run++) {
			long scoring = System.nanoTime();
			engine.score(engagement);
			line.append(String.format(Locale.ROOT, " %.1f", (System.nanoTime() - scoring) / 1e6));
		}
		System.out.println(line);
	}
}

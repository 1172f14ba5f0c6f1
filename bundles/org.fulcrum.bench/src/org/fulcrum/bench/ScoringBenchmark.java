package org.fulcrum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;

/**
 * Scoring a whole engagement after it was opened: every figure of every participant and the
 * engagement's alphas and response rates. Arguments: work folder, participants, raters, items, runs.
 */
public final class ScoringBenchmark {

	private ScoringBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		BenchArguments bench = BenchArguments.parse(arguments);
		Path file = bench.folder().resolve("scoring.fulcrum");
		Files.deleteIfExists(file);
		new EngagementStore().create(file, bench.engagement()).close();
		Engagement engagement;
		try (EngagementDocument document = new EngagementStore().open(file)) {
			engagement = document.engagement();
		}
		ScoringEngine engine = new ScoringEngine(ScoringSettings.DEFAULT);
		double[] millis = new double[bench.runs()];
		EngagementResult result = null;
		for (int run = 0; run < bench.runs(); run++) {
			long started = System.nanoTime();
			result = engine.score(engagement);
			millis[run] = (System.nanoTime() - started) / 1e6;
		}
		System.out.printf(Locale.ROOT, "# Scoring benchmark: %d participants x %d raters x %d items = %,d responses%n%n",
				bench.participants(), bench.raters(), bench.items(), bench.responses());
		System.out.printf(Locale.ROOT, "| first run after open | median of %d runs | fastest | slowest |%n|---|---|---|---|%n", bench.runs());
		System.out.println(BenchArguments.timings(millis));
		System.out.println();
		System.out.printf(Locale.ROOT, "%d participants scored, %d reliability figures; %d cores, Java %s%n",
				result.participants().size(), result.reliability().size(), Runtime.getRuntime().availableProcessors(),
				Runtime.version());
	}
}

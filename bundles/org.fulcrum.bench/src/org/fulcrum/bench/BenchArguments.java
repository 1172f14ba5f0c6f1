package org.fulcrum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.fulcrum.model.Engagement;

/**
 * What every benchmark is told: a work folder, the engagement's shape (participants, raters,
 * items) and how many runs to time.
 */
record BenchArguments(Path folder, int participants, int raters, int items, int runs) {

	static BenchArguments parse(String[] arguments) throws IOException {
		return new BenchArguments(Files.createDirectories(Path.of(arguments[0])), Integer.parseInt(arguments[1]),
				Integer.parseInt(arguments[2]), Integer.parseInt(arguments[3]), Integer.parseInt(arguments[4]));
	}

	/** How many item responses an engagement of this shape holds. */
	int responses() {
		return participants * raters * items;
	}

	/** The synthetic engagement of this shape, the same in every benchmark. */
	Engagement engagement() {
		return SyntheticEngagement.create(participants, raters, items, 42);
	}

	/** The Markdown table row of timed runs: first, median, fastest, slowest. */
	static String timings(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "| %.0f ms | %.0f ms | %.0f ms | %.0f ms |", millis[0], sorted[sorted.length / 2], sorted[0],
				sorted[sorted.length - 1]);
	}
}

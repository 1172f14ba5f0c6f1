package org.fulcrum.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fulcrum.core.store.EngagementStore;

/**
 * Scoring a whole engagement after it was opened: every figure of every participant and the
 * engagement's alphas and response rates. The engagement is saved once; then each of
 * {@code jvms} fresh JVMs opens it and scores it {@code runs} times ({@link ScoreInFreshJvm}).
 * The first scoring of each JVM is the cold figure (a fresh JVM, with only the warm-up that
 * {@code ./fulcrum score} runs on the second core during the open), the later ones the warm
 * figure; the open's time is reported too, since the warm-up shares the machine with it. Arguments: work folder, participants, raters, items, runs per JVM, and
 * optionally the number of JVMs (default 10). The scoring JVMs get the options in the system
 * property {@code fulcrum.bench.jvmOptions} (space-separated) and no others; the report names them.
 */
public final class ScoringBenchmark {

	private ScoringBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		BenchArguments bench = BenchArguments.parse(arguments);
		int jvms = arguments.length > 5 ? Integer.parseInt(arguments[5]) : 10;
		List<String> options = jvmOptions();
		Path file = bench.folder().resolve("scoring.fulcrum");
		Files.deleteIfExists(file);
		new EngagementStore().create(file, bench.engagement()).close();
		double loadBefore = load();
		double[] cold = new double[jvms];
		double[] open = new double[jvms];
		double[] warm = new double[jvms * (bench.runs() - 1)];
		for (int jvm = 0; jvm < jvms; jvm++) {
			double[] runs = scoreInFreshJvm(options, file, bench.runs());
			open[jvm] = runs[0];
			cold[jvm] = runs[1];
			System.arraycopy(runs, 2, warm, jvm * (bench.runs() - 1), bench.runs() - 1);
		}
		double loadAfter = load();
		System.out.printf(Locale.ROOT, "# Scoring benchmark: %d participants x %d raters x %d items = %,d responses%n%n",
				bench.participants(), bench.raters(), bench.items(), bench.responses());
		System.out.printf(Locale.ROOT, "| | median | fastest | slowest |%n|---|---|---|---|%n");
		System.out.printf(Locale.ROOT, "| first scoring after open, %d fresh JVMs | %s |%n", jvms, stats(cold));
		System.out.printf(Locale.ROOT, "| the open before it (the store, from its cache) | %s |%n", stats(open));
		if (warm.length > 0) {
			System.out.printf(Locale.ROOT, "| later scorings (2nd to %dth run of each JVM, %d in all) | %s |%n", bench.runs(), warm.length,
					stats(warm));
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "Cold runs, in order: %s ms%n", Arrays.toString(cold));
		System.out.printf(Locale.ROOT, "Scoring JVM options: %s; %d cores, Java %s; load average %.2f before, %.2f after%n",
				options.isEmpty() ? "none (the JVM's defaults)" : String.join(" ", options),
				Runtime.getRuntime().availableProcessors(), Runtime.version(), loadBefore, loadAfter);
	}

	private static List<String> jvmOptions() {
		String options = System.getProperty("fulcrum.bench.jvmOptions", "").trim();
		return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
	}

	/** The one-minute load average: the machine's other work, which the figures depend on. */
	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** The open's time, then each scoring's. */
	private static double[] scoreInFreshJvm(List<String> options, Path file, int runs) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(options);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScoreInFreshJvm.class.getName(), file.toString(),
				Integer.toString(runs)));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		String line;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			line = out.readLine();
		}
		if (child.waitFor() != 0 || line == null) {
			throw new IllegalStateException("scoring in a fresh JVM failed: " + line);
		}
		String[] fields = line.trim().split(" ");
		double[] millis = new double[runs + 1];
		for (int field = 0; field <= runs; field++) {
			millis[field] = Double.parseDouble(fields[field]);
		}
		return millis;
	}

	/** Median, fastest and slowest, as table cells. */
	private static String stats(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		return String.format(Locale.ROOT, "**%.0f ms** | %.0f ms | %.0f ms", median, sorted[0], sorted[sorted.length - 1]);
	}
}

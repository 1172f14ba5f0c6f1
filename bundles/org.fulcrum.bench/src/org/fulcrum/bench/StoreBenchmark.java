package org.fulcrum.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.internal.store.EngagementXmi;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;

/**
 * Save and load of a large engagement, against EMF's default XMI and binary resources.
 * Arguments: work folder, participants, raters, items, runs. Prints a Markdown report.
 * Run it with releng/scripts/bench.sh (see docs/performance.md).
 */
public final class StoreBenchmark {

	private StoreBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		BenchArguments bench = BenchArguments.parse(arguments);
		clean(bench.folder());

		Engagement engagement = bench.engagement();
		System.out.printf(Locale.ROOT, "# Store benchmark: %d participants x %d raters x %d items = %,d responses, %d runs%n%n",
				bench.participants(), bench.raters(), bench.items(), bench.responses(), bench.runs());

		Path file = bench.folder().resolve("bench.fulcrum");
		Path emfXmi = bench.folder().resolve("bench-emf-default.xmi");
		Path emfBinary = bench.folder().resolve("bench-emf.bin");
		double[] fulcrumSave = new double[bench.runs()];
		double[] emfXmiSave = new double[bench.runs()];
		double[] emfBinarySave = new double[bench.runs()];
		Engagement emfCopy = EcoreUtil.copy(engagement);
		try (EngagementDocument document = new EngagementStore().create(file, engagement)) {
			for (int run = 0; run < bench.runs(); run++) {
				document.engagement().setName("run " + run);
				document.markDirty();
				fulcrumSave[run] = millis(document::save);
				emfXmiSave[run] = millis(() -> save(new XMIResourceImpl(URI.createFileURI(emfXmi.toString())), emfCopy));
				emfBinarySave[run] = millis(() -> save(new BinaryResourceImpl(URI.createFileURI(emfBinary.toString())), emfCopy));
			}
		}
		System.out.println("| operation | Fulcrum | EMF default XMI | EMF binary |");
		System.out.println("|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| save, warm JVM, median (min–max) ms | %s | %s | %s |%n", stats(fulcrumSave),
				stats(emfXmiSave), stats(emfBinarySave));
		System.out.printf(Locale.ROOT, "| file size MB | %.1f (+ cache %.1f) | %.1f | %.1f |%n", mb(file),
				mb(bench.folder().resolve(".bench.fulcrum.cache")), mb(emfXmi), mb(emfBinary));

		OpenRuns fulcrum = openInFreshJvms("fulcrum", file, bench.runs());
		OpenRuns fulcrumXmi = openInFreshJvms("fulcrum-xmi", file, bench.runs());
		OpenRuns defaultXmi = openInFreshJvms("emf-xmi", emfXmi, bench.runs());
		OpenRuns binary = openInFreshJvms("emf-binary", emfBinary, bench.runs());
		System.out.printf(Locale.ROOT, "| first open in a fresh JVM, median (min–max) ms | %s (no cache: %s) | %s | %s |%n",
				stats(fulcrum.millis), stats(fulcrumXmi.millis), stats(defaultXmi.millis), stats(binary.millis));
		System.out.printf(Locale.ROOT, "| fresh JVM, whole process incl. JVM start, median ms | %s | %s | %s |%n",
				stats(fulcrum.process), stats(defaultXmi.process), stats(binary.process));
		System.out.printf(Locale.ROOT, "| heap after open and GC, MB | %.0f | %.0f | %.0f |%n", fulcrum.heap, defaultXmi.heap,
				binary.heap);
		System.out.printf(Locale.ROOT, "%nRatio against EMF's default XMI: save %.1fx faster, first open %.1fx faster "
				+ "(%.1fx without the cache); objects per document: %d.%n", median(emfXmiSave) / median(fulcrumSave),
				median(defaultXmi.millis) / median(fulcrum.millis), median(defaultXmi.millis) / median(fulcrumXmi.millis),
				fulcrum.elements);
		System.out.printf(Locale.ROOT, "Machine: %d cores, Java %s, max heap of this JVM %d MB.%n",
				Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
	}

	private record OpenRuns(double[] millis, double[] process, double heap, long elements) {
	}

	private static OpenRuns openInFreshJvms(String mode, Path file, int runs) throws IOException, InterruptedException {
		double[] millis = new double[runs];
		double[] process = new double[runs];
		double heap = 0;
		long elements = 0;
		for (int run = 0; run < runs; run++) {
			long started = System.nanoTime();
			List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
					System.getProperty("java.class.path"), OpenOnce.class.getName(), mode, file.toString()));
			Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
			String line;
			try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				line = out.readLine();
			}
			if (child.waitFor() != 0 || line == null) {
				throw new IllegalStateException(mode + " failed: " + line);
			}
			process[run] = (System.nanoTime() - started) / 1e6;
			String[] fields = line.trim().split(" ");
			millis[run] = Double.parseDouble(fields[0]);
			heap = Double.parseDouble(fields[1]);
			elements = Long.parseLong(fields[2]);
		}
		return new OpenRuns(millis, process, heap, elements);
	}

	private interface Work {
		void run() throws Exception;
	}

	private static double millis(Work work) throws Exception {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1e6;
	}

	private static void save(Resource resource, Engagement engagement) throws IOException {
		EngagementXmi.newResourceSet().getResources().add(resource);
		Resource previous = engagement.eResource();
		resource.getContents().add(engagement);
		try {
			resource.save(Map.of());
		} finally {
			if (previous != null) {
				previous.getContents().add(engagement);
			}
		}
	}

	private static String stats(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", median(values), sorted[0], sorted[sorted.length - 1]);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double mb(Path file) throws IOException {
		return Files.exists(file) ? Files.size(file) / 1048576.0 : 0;
	}

	private static void clean(Path folder) throws IOException {
		for (File stale : folder.toFile().listFiles()) {
			if (stale.isFile()) {
				Files.delete(stale.toPath());
			}
		}
	}
}

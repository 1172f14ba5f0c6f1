package org.fulcrum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.demo.SurveyToolExport;
import org.fulcrum.model.Engagement;

/**
 * Importing every submission of a large engagement from one wide CSV file (one row per
 * submission, one column per item, comment columns), validation included. Each run imports into a fresh copy
 * of the engagement without answers. Arguments: work folder, participants, raters, items, runs.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		BenchArguments bench = BenchArguments.parse(arguments);
		Engagement empty = bench.engagement();
		Path csv = bench.folder().resolve("responses.csv");
		Files.writeString(csv, SurveyToolExport.takeAnswers(empty), StandardCharsets.UTF_8);
		double[] millis = new double[bench.runs()];
		int rows = 0;
		for (int run = 0; run < bench.runs(); run++) {
			Engagement target = EcoreUtil.copy(empty);
			long started = System.nanoTime();
			rows = ResponseImport.apply(target, CsvTable.read(csv));
			millis[run] = (System.nanoTime() - started) / 1e6;
		}
		System.out.printf(Locale.ROOT, "# Import benchmark: %,d submissions x %d items (%.1f MB CSV)%n%n", rows, bench.items(),
				Files.size(csv) / 1048576.0);
		System.out.printf(Locale.ROOT, "| first run | median of %d runs | fastest | slowest |%n|---|---|---|---|%n", bench.runs());
		System.out.println(BenchArguments.timings(millis));
	}
}

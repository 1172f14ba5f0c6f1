package org.fulcrum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.query.Instruments;

/**
 * Importing every submission of a large engagement from one wide CSV file (one row per
 * submission, one column per item), validation included. Each run imports into a fresh copy
 * of the engagement without answers. Arguments: work folder, participants, raters, items, runs.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		Path folder = Files.createDirectories(Path.of(arguments[0]));
		int participants = Integer.parseInt(arguments[1]);
		int raters = Integer.parseInt(arguments[2]);
		int items = Integer.parseInt(arguments[3]);
		int runs = Integer.parseInt(arguments[4]);
		Engagement answered = SyntheticEngagement.create(participants, raters, items, 42);
		Path csv = folder.resolve("responses.csv");
		Files.writeString(csv, wideCsv(answered), StandardCharsets.UTF_8);
		Engagement empty = withoutAnswers(answered);
		double[] millis = new double[runs];
		int rows = 0;
		for (int run = 0; run < runs; run++) {
			Engagement target = EcoreUtil.copy(empty);
			long started = System.nanoTime();
			rows = ResponseImport.apply(target, CsvTable.read(csv));
			millis[run] = (System.nanoTime() - started) / 1e6;
		}
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "# Import benchmark: %,d submissions x %d items (%.1f MB CSV)%n%n", rows, items,
				Files.size(csv) / 1048576.0);
		System.out.printf(Locale.ROOT, "| first run | median of %d runs | fastest | slowest |%n|---|---|---|---|%n", runs);
		System.out.printf(Locale.ROOT, "| %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", millis[0], sorted[runs / 2], sorted[0],
				sorted[runs - 1]);
	}

	private static String wideCsv(Engagement engagement) {
		List<BehaviourItem> items = Instruments.items(engagement.getInstruments().get(0));
		StringBuilder csv = new StringBuilder("token");
		items.forEach(i -> csv.append(',').append(i.getId()));
		csv.append(",comment\n");
		for (Assessment assessment : engagement.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				csv.append(invitation.getToken());
				for (ItemResponse response : invitation.getResponses()) {
					csv.append(',').append(response.isNotObserved() ? "NO" : Integer.toString(response.getValue()));
				}
				csv.append(",\"Good, \"\"solid\"\" work\"\n");
			}
		}
		return csv.toString();
	}

	private static Engagement withoutAnswers(Engagement answered) {
		Engagement empty = EcoreUtil.copy(answered);
		for (Assessment assessment : empty.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				invitation.getResponses().clear();
				invitation.setStatus(InvitationStatus.INVITED);
			}
		}
		return empty;
	}
}

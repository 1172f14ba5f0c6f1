package org.fulcrum.report.internal.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ReleaseDecision;
import org.fulcrum.assessment.scoring.Reliability;
import org.fulcrum.assessment.scoring.ResponseRate;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.report.CohortReport;
import org.fulcrum.report.internal.charts.DistributionStrip;
import org.fulcrum.report.internal.charts.Palette;

/**
 * The data sets and images of {@code cohort.rptdesign}: the engagement's participants side by side
 * on the traits of its main instrument (the one most assessments use), from published all-others
 * figures only. Participants are named only where the policy allows; otherwise they have the
 * codes of {@link ParticipantCodes}, the same in every cohort-wide report.
 */
public final class CohortData extends ReportData {

	/** The heatmap's width: traits beyond this many are listed in the distributions only. */
	public static final int HEAT_COLUMNS = 12;

	public CohortData(CohortReport report, ImageEncoding encoding) {
		super(encoding);
		Engagement engagement = report.engagement();
		EngagementResult result = report.result();
		Instrument instrument = mainInstrument(result);
		List<ParticipantResult> cohort = instrument == null ? List.of()
				: result.participants().stream().filter(p -> p.assessment().getInstrument() == instrument).toList();
		List<Dimension> traits = instrument == null ? List.of() : new DimensionTree(instrument).nodes().stream()
				.map(DimensionTree.Node::dimension).toList();
		double min = instrument == null || instrument.getScale() == null ? 1 : instrument.getScale().getMinimum();
		double max = instrument == null || instrument.getScale() == null ? 5 : instrument.getScale().getMaximum();
		int minimum = engagement.getConfidentiality() == null ? 3 : engagement.getConfidentiality().getMinimumRaters();
		put("reportTitle", "Cohort report");
		put("engagement", Labels.text(engagement.getName()));
		put("client", Labels.text(engagement.getClient()));
		put("period", RoundDates.period(engagement));
		put("generated", Labels.date(report.generated()));
		put("instrument", instrument == null ? Labels.NONE : instrument.getName());
		put("participants", String.valueOf(cohort.size()));
		put("minimum", String.valueOf(minimum));
		ParticipantCodes codes = new ParticipantCodes(engagement);
		// participants whose figures keep to an earlier release: the cohort says so, as their own reports do
		String released = ReleaseDecision.cohortStatement(cohort.stream().map(p -> result.release(p.assessment())).toList())
				.map(s -> " " + s).orElse("");
		put("naming", (codes.namesParticipants() ? "Participants are named, as the engagement's policy allows."
				: "Participants are shown by code, as the engagement's policy asks; the consultant holds the key.") + released);
		List<Dimension> heatTraits = traits.subList(0, Math.min(HEAT_COLUMNS, traits.size()));
		for (int t = 0; t < HEAT_COLUMNS; t++) {
			put("t" + (t + 1), t < heatTraits.size() ? heatTraits.get(t).getName() : "");
		}
		put("heat", heat(labelled(cohort, codes), heatTraits, min, max));
		put("distributions", distributions(cohort, traits, min, max));
		put("behaviours", behaviours(cohort));
		put("rates", rates(result.responseRates()));
		put("quality", quality(result.reliability(), instrument));
	}

	/** The heatmap colour of a cell at {@code share} of the scale (0 lowest, 1 highest), as CSS. */
	public String colour(double share) {
		return Palette.rampHex(share);
	}

	private static Instrument mainInstrument(EngagementResult result) {
		Map<Instrument, Integer> uses = new LinkedHashMap<>();
		result.participants().forEach(p -> uses.merge(p.assessment().getInstrument(), 1, Integer::sum));
		return uses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	private record Labelled(String label, ParticipantResult result) {
	}

	/**
	 * The heatmap's rows: by name with their round where the policy allows, in the engagement's
	 * order; otherwise by the codes every cohort-wide report uses, with the round only where a
	 * participant has several, in the order of the codes.
	 */
	private static List<Labelled> labelled(List<ParticipantResult> cohort, ParticipantCodes codes) {
		Map<PartnerManager, Integer> rounds = new HashMap<>();
		cohort.forEach(p -> rounds.merge(p.assessment().getSubject(), 1, Integer::sum));
		List<Labelled> rows = new ArrayList<>();
		for (ParticipantResult p : cohort) {
			if (codes.namesParticipants()) {
				rows.add(new Labelled(name(p), p));
			} else {
				boolean several = rounds.get(p.assessment().getSubject()) > 1;
				rows.add(new Labelled(codes.of(p.assessment().getSubject()) + (several ? round(p) : ""), p));
			}
		}
		if (!codes.namesParticipants()) {
			rows.sort(Comparator.comparing(Labelled::label));
		}
		return rows;
	}

	private static String name(ParticipantResult p) {
		String name = p.assessment().getSubject() == null ? null : p.assessment().getSubject().getName();
		return (name == null ? p.assessment().getId() : name) + round(p);
	}

	private static String round(ParticipantResult p) {
		String round = p.assessment().getRound();
		return round == null || round.isBlank() ? "" : " (" + round + ")";
	}

	private static Rows heat(List<Labelled> participants, List<Dimension> traits, double min, double max) {
		Rows rows = new Rows();
		for (Labelled participant : participants) {
			Object[] row = new Object[2 + 4 * HEAT_COLUMNS];
			row[0] = "participant";
			row[1] = participant.label();
			for (int t = 0; t < HEAT_COLUMNS; t++) {
				double mean = t < traits.size() ? othersMean(participant.result(), traits.get(t)) : Double.NaN;
				row[2 + 4 * t] = "c" + (t + 1);
				row[3 + 4 * t] = Labels.figure(mean); // a number in the workbook; "–" where withheld
				row[4 + 4 * t] = "s" + (t + 1);
				// The share of the scale drives the cell's colour; -1 leaves a withheld cell white.
				row[5 + 4 * t] = Double.isNaN(mean) ? -1.0 : (mean - min) / (max - min);
			}
			rows.add(row);
		}
		return rows;
	}

	private static double othersMean(ParticipantResult result, Dimension dimension) {
		return result.dimension(dimension).flatMap(d -> d.figures().of(RaterGroup.ALL_OTHERS)).map(Figure::mean)
				.orElse(Double.NaN);
	}

	private Rows distributions(List<ParticipantResult> cohort, List<Dimension> traits, double min, double max) {
		Rows rows = new Rows();
		for (int t = 0; t < traits.size(); t++) {
			Dimension trait = traits.get(t);
			double[] means = cohort.stream().mapToDouble(p -> othersMean(p, trait)).filter(v -> !Double.isNaN(v)).sorted()
					.toArray();
			rows.add("order", t, "dimension", trait.getName(), "kind", trait.getKind().getLiteral(), "participants",
					means.length, "mean", Labels.figure(mean(means)), "lowest",
					Labels.figure(means.length == 0 ? Double.NaN : means[0]), "median", Labels.figure(quantile(means, 0.5)),
					"highest", Labels.figure(means.length == 0 ? Double.NaN : means[means.length - 1]));
			put("dist" + t, DistributionStrip.draw(means, min, max));
		}
		return rows;
	}

	private static double mean(double[] values) {
		return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
	}

	/** The quantile of sorted values by linear interpolation (R's type 7). */
	public static double quantile(double[] sorted, double q) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
	}

	/** The team's strongest and weakest behaviours: the mean over participants of others' published item means. */
	private static Rows behaviours(List<ParticipantResult> cohort) {
		Map<BehaviourItem, double[]> sums = new LinkedHashMap<>();
		for (ParticipantResult participant : cohort) {
			for (ItemResult item : participant.items()) {
				item.figures().of(RaterGroup.ALL_OTHERS).ifPresent(f -> {
					double[] sum = sums.computeIfAbsent(item.item(), k -> new double[2]);
					sum[0] += f.mean();
					sum[1]++;
				});
			}
		}
		List<Map.Entry<BehaviourItem, Double>> ranked = new ArrayList<>();
		sums.forEach((item, sum) -> ranked.add(Map.entry(item, sum[0] / sum[1])));
		ranked.sort(Map.Entry.<BehaviourItem, Double>comparingByValue().reversed());
		Rows rows = new Rows();
		int count = Math.min(5, ranked.size() / 2);
		for (int i = 0; i < count; i++) {
			behaviour(rows, "Strongest across the team", i + 1, ranked.get(i));
		}
		for (int i = 0; i < count; i++) {
			behaviour(rows, "Weakest across the team", i + 1, ranked.get(ranked.size() - 1 - i));
		}
		return rows;
	}

	private static void behaviour(Rows rows, String list, int rank, Map.Entry<BehaviourItem, Double> entry) {
		String dimension = entry.getKey().eContainer() instanceof Dimension d ? d.getName() : "";
		rows.add("list", list, "rank", rank, "behaviour", entry.getKey().getText(), "dimension", dimension, "mean",
				Labels.figure(entry.getValue()));
	}

	private static Rows rates(List<ResponseRate> rates) {
		Rows rows = new Rows();
		for (ResponseRate rate : rates) {
			rows.add("group", Labels.group(rate.group()), "sent", rate.sent(), "completed", rate.completed(), "rate",
					Labels.figure(rate.rate()));
		}
		return rows;
	}

	private static Rows quality(List<Reliability> reliability, Instrument instrument) {
		Rows rows = new Rows();
		for (Reliability r : reliability) {
			if (instrument != null && r.dimension().eContainer() != instrument && !(r.dimension().eContainer() instanceof Dimension)) {
				continue;
			}
			Double alpha = r.alpha().isPresent() ? Labels.figure(r.alpha().getAsDouble()) : null;
			String verdict = r.alpha().isEmpty() ? "not enough complete answers"
					: r.alpha().getAsDouble() >= 0.8 ? "good" : r.alpha().getAsDouble() >= 0.7 ? "acceptable" : "low: read with care";
			rows.add("dimension", r.dimension().getName(), "items", r.items(), "cases", r.cases(), "alpha", alpha, "verdict",
					verdict);
		}
		return rows;
	}

}

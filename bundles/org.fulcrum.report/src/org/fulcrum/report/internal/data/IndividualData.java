package org.fulcrum.report.internal.data;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fulcrum.assessment.report.SectionContent;
import org.fulcrum.assessment.scoring.DimensionChange;
import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.PublishedComment;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.internal.charts.BalanceChart;
import org.fulcrum.report.internal.charts.ProfileChart;
import org.fulcrum.report.internal.charts.SectionBars;

/**
 * The data sets and images of {@code individual.rptdesign}, from one participant's published
 * results. Withheld groups are not in the results, so they cannot reach any row here.
 */
public final class IndividualData extends ReportData {

	private static final RaterGroup[] TABLE_GROUPS = { RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER,
			RaterGroup.DIRECT_REPORT, RaterGroup.PARTNER, RaterGroup.OTHER, RaterGroup.ALL_OTHERS };

	private final ParticipantResult result;
	private final DimensionTree tree;

	public IndividualData(IndividualReport report, ImageEncoding encoding) {
		super(encoding);
		this.result = report.result();
		Instrument instrument = result.assessment().getInstrument();
		this.tree = new DimensionTree(instrument);
		cover(report, instrument);
		put("raters", raters());
		put("traits", traits());
		put("gaps", gaps());
		put("extremes", extremes());
		put("items", items());
		put("comments", comments());
		put("change", change());
		put("sections", sections(report.sections()));
		Balance balance = Balance.of(tree, result);
		put("balanceSummary", balance.summary());
		put("balance", balance.present() ? BalanceChart.draw(balance) : BalanceChart.empty());
		put("profile", ProfileChart.draw(tree.leaves().stream().map(d -> result.dimension(d).orElse(null))
				.filter(r -> r != null).toList(), instrument.getScale()));
	}

	/** The single values of the cover, the page header and the reading guide. */
	private void cover(IndividualReport report, Instrument instrument) {
		Assessment assessment = result.assessment();
		Engagement engagement = report.engagement();
		int minimum = engagement.getConfidentiality() == null ? 3 : engagement.getConfidentiality().getMinimumRaters();
		put("participant", report.participantName());
		put("title", assessment.getSubject() == null ? "" : Labels.text(assessment.getSubject().getTitle()));
		put("engagement", Labels.text(engagement.getName()));
		put("client", Labels.text(engagement.getClient()));
		put("period", RoundDates.period(engagement));
		put("round", Labels.text(assessment.getRound()));
		// a re-issue that keeps earlier figures says so (the one release decision of org.fulcrum.assessment)
		put("collected", RoundDates.collected(assessment) + ReissueNote.of(engagement, assessment));
		put("generated", Labels.date(report.generated()));
		put("instrument", instrument.getName() + (instrument.getVersion() == null ? "" : " " + instrument.getVersion()));
		put("minimum", String.valueOf(minimum));
		put("scale", scale(instrument));
	}

	private static String scale(Instrument instrument) {
		if (instrument.getScale() == null) {
			return "";
		}
		String anchors = instrument.getScale().getAnchors().stream().map(a -> a.getValue() + " " + a.getLabel())
				.collect(Collectors.joining(", "));
		return anchors + (instrument.getScale().isNotObservedAllowed() ? ", or \u201cnot observed\u201d" : "");
	}

	private Rows raters() {
		Rows rows = new Rows();
		result.raters().forEach((group, count) -> rows.add("group", Labels.group(group), "raters", count));
		return rows;
	}

	private Rows traits() {
		// A group shown on no dimension gets no column: a withheld group is not even named.
		for (RaterGroup group : TABLE_GROUPS) {
			boolean shown = result.dimensions().stream().anyMatch(d -> d.figures().of(group).isPresent());
			put("shown_" + group.name(), shown ? "yes" : "no");
		}
		Rows rows = new Rows();
		for (DimensionTree.Node node : tree.nodes()) {
			DimensionResult dimension = result.dimension(node.dimension()).orElse(null);
			if (dimension == null) {
				continue;
			}
			Figures figures = dimension.figures();
			Object[] row = new Object[6 + 2 * TABLE_GROUPS.length];
			int i = 0;
			row[i++] = "dimension";
			row[i++] = "\u2003".repeat(node.depth()) + node.dimension().getName();
			row[i++] = "kind";
			row[i++] = node.dimension().getKind().getLiteral();
			for (RaterGroup group : TABLE_GROUPS) {
				row[i++] = group.name();
				row[i++] = Labels.mean(figures, group);
			}
			row[i++] = "agreement";
			row[i] = dimension.agreement().isPresent() ? Labels.number(dimension.agreement().getAsDouble()) : Labels.NONE;
			rows.add(row);
		}
		return rows;
	}

	private Rows gaps() {
		Rows rows = new Rows();
		gapRows(rows, "Blind spot", result.blindSpots());
		gapRows(rows, "Hidden strength", result.hiddenStrengths());
		if (rows.isEmpty()) {
			rows.add("kind", "None", "dimension", "Self and others agree within the thresholds on every trait.", "self", "",
					"others", "", "gap", "");
		}
		return rows;
	}

	private static void gapRows(Rows rows, String kind, List<DimensionResult> dimensions) {
		for (DimensionResult dimension : dimensions) {
			Figures f = dimension.figures();
			rows.add("kind", kind, "dimension", dimension.dimension().getName(), "self", Labels.mean(f, RaterGroup.SELF),
					"others", Labels.mean(f, RaterGroup.ALL_OTHERS), "gap", Labels.signed(f.selfMinusOthers().orElse(Double.NaN)));
		}
	}

	private Rows extremes() {
		Rows rows = new Rows();
		extremeRows(rows, "Rated highest by others", result.top());
		extremeRows(rows, "Rated lowest by others", result.bottom());
		return rows;
	}

	private static void extremeRows(Rows rows, String list, List<ItemResult> items) {
		int rank = 1;
		for (ItemResult item : items) {
			rows.add("list", list, "rank", rank++, "behaviour", item.item().getText(), "dimension", dimensionOf(item),
					"others", Labels.mean(item.figures(), RaterGroup.ALL_OTHERS));
		}
	}

	private static String dimensionOf(ItemResult item) {
		return item.item().eContainer() instanceof Dimension d ? d.getName() : "";
	}

	private Rows items() {
		Rows rows = new Rows();
		for (DimensionTree.Node node : tree.withItems()) {
			for (var item : node.dimension().getItems()) {
				ItemResult itemResult = result.item(item.getId()).orElse(null);
				if (itemResult == null) {
					continue;
				}
				Figures f = itemResult.figures();
				var others = f.of(RaterGroup.ALL_OTHERS);
				rows.add("order", node.order(), "dimension", node.dimension().getName(), "behaviour", item.getText(), "self",
						Labels.mean(f, RaterGroup.SELF), "manager", Labels.mean(f, RaterGroup.MANAGER), "others",
						Labels.mean(f, RaterGroup.ALL_OTHERS), "n", others.map(o -> String.valueOf(o.n())).orElse(Labels.NONE),
						"notObserved", others.map(o -> String.valueOf(o.notObserved())).orElse(Labels.NONE), "range",
						Labels.range(others));
			}
		}
		return rows;
	}

	private Rows comments() {
		Rows rows = new Rows();
		for (PublishedComment comment : result.comments()) {
			Dimension dimension = comment.dimension();
			rows.add("order", tree.order(dimension), "dimension", dimension == null ? "General comments" : dimension.getName(),
					"text", comment.text());
		}
		if (rows.isEmpty()) {
			rows.add("order", 0, "dimension", "", "text", "No comments can be shown: too few raters wrote any.");
		}
		return rows;
	}

	private Rows change() {
		Rows rows = new Rows();
		RoundComparison comparison = result.previousRound().orElse(null);
		if (comparison == null) {
			return rows.add("dimension", "This is the first round: there is nothing to compare yet.", "others", "", "change",
					"", "selfChange", "");
		}
		if (!comparison.comparable()) {
			return rows.add("dimension", "Not compared: " + comparison.note(), "others", "", "change", "", "selfChange", "");
		}
		Map<Dimension, DimensionChange> changes = comparison.changes().stream()
				.collect(Collectors.toMap(DimensionChange::dimension, c -> c, (a, b) -> a));
		for (DimensionTree.Node node : tree.nodes()) {
			DimensionChange change = changes.get(node.dimension());
			if (change == null) {
				continue;
			}
			String others = result.dimension(node.dimension()).map(d -> Labels.mean(d.figures(), RaterGroup.ALL_OTHERS))
					.orElse(Labels.NONE);
			rows.add("dimension", "\u2003".repeat(node.depth()) + node.dimension().getName(), "others", others, "change",
					Labels.signed(change.others().orElse(Double.NaN)), "selfChange",
					Labels.signed(change.self().orElse(Double.NaN)));
		}
		rows.add("dimension", "Raters before: " + mix(comparison.ratersBefore()) + "; now: " + mix(comparison.ratersNow()),
				"others", "", "change", "", "selfChange", "");
		return rows;
	}

	private static String mix(Map<RaterGroup, Integer> raters) {
		return raters.entrySet().stream().map(e -> Labels.group(e.getKey()) + " " + e.getValue())
				.collect(Collectors.joining(", "));
	}

	private Rows sections(List<SectionContent> sections) {
		Rows rows = new Rows();
		for (int s = 0; s < sections.size(); s++) {
			SectionContent section = sections.get(s);
			String values = section.rows().stream().map(r -> r.label() + ": " + r.value()).collect(Collectors.joining("   "));
			rows.add("order", s, "title", section.title(), "introduction", section.introduction(), "values", values,
					"conclusion", section.conclusion());
			put("section" + s, SectionBars.draw(section.rows().stream().filter(r -> !Double.isNaN(r.share())).toList()));
		}
		return rows;
	}
}

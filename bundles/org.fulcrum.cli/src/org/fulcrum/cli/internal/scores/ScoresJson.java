package org.fulcrum.cli.internal.scores;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.InstrumentScore;
import org.fulcrum.assessment.scoring.ItemResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ReleaseDecision;
import org.fulcrum.assessment.scoring.Reliability;
import org.fulcrum.assessment.scoring.ResponseRate;
import org.fulcrum.model.Engagement;

/** Scores as JSON in the schema of docs/formats.md ("fulcrum-scores-1"). Only published figures. */
public final class ScoresJson {

	private ScoresJson() {
	}

	public static String of(Engagement engagement, EngagementResult result, List<ParticipantResult> participants,
			Function<ParticipantResult, Optional<InstrumentScore>> ownScore) {
		Json json = new Json().begin();
		json.field("format", "fulcrum-scores-1").field("engagement", engagement.getId()).field("name", engagement.getName());
		json.key("participants").beginArray();
		for (ParticipantResult participant : participants) {
			participant(json, participant, result.release(participant.assessment()), ownScore.apply(participant));
		}
		json.endArray();
		json.key("reliability").beginArray();
		for (Reliability reliability : result.reliability()) {
			json.begin().field("dimension", reliability.dimension().getId()).field("items", reliability.items())
					.field("cases", reliability.cases()).field("alpha", reliability.alpha().orElse(Double.NaN)).end();
		}
		json.endArray();
		json.key("responseRates").beginArray();
		for (ResponseRate rate : result.responseRates()) {
			json.begin().field("group", GroupNames.of(rate.group())).field("sent", rate.sent())
					.field("completed", rate.completed()).field("rate", rate.rate()).end();
		}
		return json.endArray().end().toString();
	}

	private static void participant(Json json, ParticipantResult result, ReleaseDecision release, Optional<InstrumentScore> ownScore) {
		var assessment = result.assessment();
		json.begin().field("participant", assessment.getSubject().getId()).field("name", assessment.getSubject().getName())
				.field("assessment", assessment.getId()).field("round", assessment.getRound())
				.field("instrument", assessment.getInstrument().getId());
		// a released participant's figures are the released ones (or their protected update), and say so
		json.field("release", release.statement().orElse(null));
		json.key("dimensions").beginArray();
		for (DimensionResult dimension : result.dimensions()) {
			json.begin().field("id", dimension.dimension().getId()).field("name", dimension.dimension().getName())
					.field("kind", dimension.dimension().getKind().getLiteral());
			figures(json, dimension.figures());
			json.field("agreement", dimension.agreement().orElse(Double.NaN)).end();
		}
		json.endArray().key("items").beginArray();
		for (ItemResult item : result.items()) {
			json.begin().field("id", item.item().getId()).field("text", item.item().getText());
			figures(json, item.figures());
			json.end();
		}
		json.endArray();
		ids(json, "blindSpots", result.blindSpots().stream().map(d -> d.dimension().getId()).toList());
		ids(json, "hiddenStrengths", result.hiddenStrengths().stream().map(d -> d.dimension().getId()).toList());
		ids(json, "top", result.top().stream().map(i -> i.item().getId()).toList());
		ids(json, "bottom", result.bottom().stream().map(i -> i.item().getId()).toList());
		counts(json, "raters", result.raters());
		json.key("comments").beginArray();
		result.comments().forEach(c -> json.begin().field("dimension", c.dimension() == null ? null : c.dimension().getId())
				.field("text", c.text()).end());
		json.endArray();
		result.previousRound().ifPresent(comparison -> {
			json.key("previousRound").begin().field("assessment", comparison.previous().getId())
					.field("round", comparison.previous().getRound()).key("comparable").value(comparison.comparable() ? 1 : 0)
					.field("note", comparison.note());
			counts(json, "ratersBefore", comparison.ratersBefore());
			json.key("changes").beginArray();
			comparison.changes().forEach(change -> json.begin().field("dimension", change.dimension().getId())
					.field("others", change.others().orElse(Double.NaN)).field("self", change.self().orElse(Double.NaN)).end());
			json.endArray().end();
		});
		ownScore.ifPresent(score -> {
			json.key("instrumentScore").begin().field("title", score.title()).field("summary", score.summary()).key("values").begin();
			score.values().forEach(json::field);
			json.end().end();
		});
		json.key("standings").beginArray();
		result.standings().forEach(standing -> json.begin().field("dimension", standing.dimension().getId())
				.field("percentile", standing.percentile()).field("cohort", standing.cohort()).end());
		json.endArray();
		json.end();
	}

	private static void counts(Json json, String key, java.util.Map<org.fulcrum.assessment.scoring.RaterGroup, Integer> counts) {
		json.key(key).begin();
		counts.forEach((group, n) -> json.field(GroupNames.of(group), n));
		json.end();
	}

	private static void figures(Json json, Figures figures) {
		json.key("groups").begin();
		figures.shown().forEach((group, figure) -> {
			json.key(GroupNames.of(group));
			figure(json, figure);
		});
		json.end();
		// Withheld groups are not listed, not even by name: a group below the threshold appears in no output.
		json.field("selfMinusOthers", figures.selfMinusOthers().orElse(Double.NaN));
	}

	private static void figure(Json json, Figure figure) {
		json.begin().field("n", figure.n()).field("mean", figure.mean()).field("sd", figure.sd()).field("min", figure.min())
				.field("max", figure.max()).field("notCounted", figure.notObserved()).end();
	}

	private static void ids(Json json, String key, List<String> ids) {
		json.key(key).beginArray();
		ids.forEach(json::value);
		json.endArray();
	}
}

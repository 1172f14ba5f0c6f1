package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.fulcrum.assessment.scoring.DimensionChange;
import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.RoundComparison;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.RatingScale;

/**
 * Pairs each assessment with the same participant's previous one (the rounds in the order the
 * engagement lists them) and compares them where the method is the same.
 */
final class Rounds {

	private Rounds() {
	}

	/** The comparison for each result, by position. */
	static List<Optional<RoundComparison>> compare(List<ParticipantResult> results) {
		Map<PartnerManager, ParticipantResult> latest = new HashMap<>();
		List<Optional<RoundComparison>> comparisons = new ArrayList<>();
		for (ParticipantResult result : results) {
			ParticipantResult previous = latest.put(result.assessment().getSubject(), result);
			comparisons.add(previous == null ? Optional.empty() : Optional.of(compare(previous, result)));
		}
		return comparisons;
	}

	private static RoundComparison compare(ParticipantResult before, ParticipantResult now) {
		String note = methodChange(before.assessment().getInstrument(), now.assessment().getInstrument());
		List<DimensionChange> changes = new ArrayList<>();
		if (note.isEmpty()) {
			for (DimensionResult dimension : now.dimensions()) {
				before.dimension(dimension.dimension().getId()).ifPresent(earlier -> changes.add(new DimensionChange(
						dimension.dimension(), change(earlier.figures(), dimension.figures(), RaterGroup.ALL_OTHERS),
						change(earlier.figures(), dimension.figures(), RaterGroup.SELF))));
			}
		}
		return new RoundComparison(before.assessment(), note.isEmpty(), note, before.raters(), now.raters(), changes);
	}

	private static OptionalDouble change(Figures before, Figures now, RaterGroup group) {
		var earlier = before.of(group);
		var later = now.of(group);
		return earlier.isPresent() && later.isPresent() ? OptionalDouble.of(later.get().mean() - earlier.get().mean())
				: OptionalDouble.empty();
	}

	/** Empty when the two instruments measure the same way; else what differs. */
	private static String methodChange(Instrument before, Instrument now) {
		if (!Objects.equals(before.getId(), now.getId())) {
			return "different instruments: " + before.getId() + " then " + now.getId();
		}
		if (!Objects.equals(before.getVersion(), now.getVersion())) {
			return "instrument version changed from " + before.getVersion() + " to " + now.getVersion();
		}
		RatingScale a = before.getScale();
		RatingScale b = now.getScale();
		if (a == null || b == null || a.getMinimum() != b.getMinimum() || a.getMaximum() != b.getMaximum()) {
			return "the rating scale changed";
		}
		return "";
	}
}

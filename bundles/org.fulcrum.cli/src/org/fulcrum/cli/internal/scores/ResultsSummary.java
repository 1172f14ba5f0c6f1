package org.fulcrum.cli.internal.scores;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.DimensionKind;

/** A few lines on what an engagement's results say, for the end of {@code ./fulcrum demo}. */
public final class ResultsSummary {

	private final EngagementResult result;

	public ResultsSummary(EngagementResult result) {
		this.result = result;
	}

	public String text() {
		StringBuilder text = new StringBuilder();
		long withheld = result.participants().stream().flatMap(p -> p.dimensions().stream())
				.filter(d -> !d.figures().withheld().isEmpty()).count();
		text.append(String.format(Locale.ROOT, "  scored:       %d participants; %d blind spots, %d hidden strengths; "
				+ "%d dimension figures hold back a rater group for confidentiality%n", result.participants().size(),
				result.participants().stream().mapToInt(p -> p.blindSpots().size()).sum(),
				result.participants().stream().mapToInt(p -> p.hiddenStrengths().size()).sum(), withheld));
		text.append("  response:     ").append(result.responseRates().stream()
				.map(r -> String.format(Locale.ROOT, "%s %.0f%%", GroupNames.of(r.group()), 100 * r.rate()))
				.collect(Collectors.joining(", "))).append('\n');
		text.append("  alpha:        ").append(result.reliability().stream()
				.filter(r -> r.dimension().getKind() != DimensionKind.PILLAR && r.alpha().isPresent())
				.map(r -> String.format(Locale.ROOT, "%s %.2f", r.dimension().getName(), r.alpha().getAsDouble()))
				.collect(Collectors.joining(", "))).append('\n');
		for (ParticipantResult participant : result.participants()) {
			text.append(String.format(Locale.ROOT, "  %-22s %s%n", participant.assessment().getSubject().getName(),
					balance(participant)));
		}
		return text.toString();
	}

	/** Integrity, Respect, Responsibility as others see them, and the participant's blind spots. */
	private static String balance(ParticipantResult participant) {
		String roots = participant.dimensions().stream().filter(d -> d.dimension().eContainer() == participant.assessment().getInstrument())
				.map(d -> d.dimension().getName() + " " + others(d)).collect(Collectors.joining(", "));
		String spots = participant.blindSpots().stream().map(d -> d.dimension().getName()).collect(Collectors.joining(", "));
		return roots + (spots.isEmpty() ? "" : "; blind spots: " + spots);
	}

	private static String others(DimensionResult dimension) {
		OptionalDouble mean = dimension.figures().of(RaterGroup.ALL_OTHERS).map(f -> OptionalDouble.of(f.mean()))
				.orElse(OptionalDouble.empty());
		return mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : "(withheld)";
	}
}

package org.fulcrum.assessment.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of one dimension or item that may be published, by group, and the groups that
 * answered but are withheld by the confidentiality policy. Nothing of a withheld group is here.
 */
public record Figures(Map<RaterGroup, Figure> shown, Set<RaterGroup> withheld) {

	public Figures {
		shown = shown.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(shown));
		withheld = withheld.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(withheld));
	}

	public Optional<Figure> of(RaterGroup group) {
		return Optional.ofNullable(shown.get(group));
	}

	/** Self minus all others, where both are shown. */
	public Optional<Double> selfMinusOthers() {
		Figure self = shown.get(RaterGroup.SELF);
		Figure others = shown.get(RaterGroup.ALL_OTHERS);
		return self == null || others == null ? Optional.empty() : Optional.of(self.mean() - others.mean());
	}
}

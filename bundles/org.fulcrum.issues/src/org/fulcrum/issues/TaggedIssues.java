package org.fulcrum.issues;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;

/**
 * From issues to development: the recent issues a partner manager owned whose handling showed
 * one of the given traits (e.g. a plan's focus traits), so that coaching works on real cases.
 */
public final class TaggedIssues {

	/** How far back "recent" reaches unless a caller says otherwise. */
	public static final Duration RECENT = Duration.ofDays(90);

	private TaggedIssues() {
	}

	/** Issues owned by {@code owner}, tagged with any of {@code traits}, raised in the {@code recent} period up to {@code asOf}; newest first. */
	public static List<PartnerIssue> recent(Engagement engagement, PartnerManager owner, Collection<Dimension> traits,
			Instant asOf, Duration recent) {
		Instant from = asOf.minus(recent);
		return engagement.getIssues().stream()
				.filter(i -> i.getOwner() == owner && i.getOpened() != null)
				.filter(i -> !i.getOpened().toInstant().isAfter(asOf) && i.getOpened().toInstant().isAfter(from))
				.filter(i -> i.getTraits().stream().anyMatch(traits::contains))
				.sorted(Comparator.comparing(PartnerIssue::getOpened).reversed().thenComparing(PartnerIssue::getId))
				.toList();
	}
}

package org.fulcrum.assessment.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.ReportRelease;

/**
 * The one release decision per participant (docs/scoring.md, "Re-issue"), made from the
 * engagement's ledger of released reports and used by every output: {@link ScoringEngine#score},
 * hence {@code score}, the reports, the cohort report, plans drafted from results, coaching reports
 * and the workbench.
 * <ul>
 * <li>A rater group (other than the exempt self and manager) that gained fewer than the policy's
 * minimum of raters since the participant's last release keeps the figures of that release: its
 * late raters are held back until the group has gained at least the minimum. All others then
 * grows by none or at least the minimum as well, so comparing two releases isolates nobody.</li>
 * <li>A rater counted in the last release whose answers are gone cannot be kept, and fewer than the
 * minimum gone would let a reader work their answers out: nothing of the participant is published
 * until the group has changed by at least the minimum.</li>
 * <li>Comments carry no rater, so when fewer than the comment minimum of raters joined since the last
 * release, only the comments printed then are printed again.</li>
 * </ul>
 */
public final class Releases {

	private final Map<Assessment, ReleaseDecision> decisions = new HashMap<>();
	/** Per released assessment: the submissions its last release counted, and the groups it showed. */
	private final Map<Assessment, Set<RaterInvitation>> releasedSubmissions = new HashMap<>();
	private final Map<Assessment, Set<RaterGroup>> releasedGroups = new HashMap<>();

	private Releases() {
	}

	/** No release recorded: every answer counts everywhere. */
	public static Releases none() {
		return new Releases();
	}

	/** The decisions for every assessment of the engagement with a release in its ledger. */
	public static Releases of(Engagement engagement) {
		Releases releases = new Releases();
		if (engagement.getReleases().isEmpty()) {
			return releases;
		}
		ConfidentialityPolicy policy = engagement.getConfidentiality() != null ? engagement.getConfidentiality()
				: FulcrumFactory.eINSTANCE.createConfidentialityPolicy();
		Map<Assessment, ReportRelease> last = new HashMap<>();
		for (ReportRelease release : engagement.getReleases()) {
			if (release.getAssessment() != null) {
				last.put(release.getAssessment(), release);
			}
		}
		last.forEach((assessment, release) -> {
			releases.decisions.put(assessment, decide(assessment, release, policy));
			releases.releasedSubmissions.put(assessment, Set.copyOf(release.getSubmissions()));
			Set<RaterGroup> groups = java.util.EnumSet.noneOf(RaterGroup.class);
			release.getCounts().forEach(count -> {
				try {
					groups.add(RaterGroup.valueOf(count.getGroup()));
				} catch (IllegalArgumentException | NullPointerException e) {
					// a group this version does not know shows nothing
				}
			});
			releases.releasedGroups.put(assessment, groups);
		});
		return releases;
	}

	/** Whether the scoring counts {@code invitation}. */
	public boolean counts(RaterInvitation invitation) {
		ReleaseDecision decision = invitation.eContainer() instanceof Assessment a ? decisions.get(a) : null;
		// where the re-issue is refused, nobody counts: nothing of the participant is published
		return decision == null || decision.refusal().isEmpty() && !decision.heldBack().contains(invitation);
	}

	/**
	 * The groups the participant's last release showed: a re-issue keeps that decision (a group
	 * withheld then stays withheld, a group shown stays shown), so that two releases never differ
	 * in which groups they lump together. Empty for a participant never released.
	 */
	public Optional<Set<RaterGroup>> groupsReleased(Assessment assessment) {
		return Optional.ofNullable(releasedGroups.get(assessment));
	}

	/** Whether the invitation's answers joined after its participant's last release (false when never released). */
	public boolean joinedSinceRelease(RaterInvitation invitation) {
		Set<RaterInvitation> before = invitation.eContainer() instanceof Assessment a ? releasedSubmissions.get(a) : null;
		return before != null && !before.contains(invitation);
	}

	/** Whether any participant's late raters are held back, so that scoring differs from one with every answer. */
	public boolean holdsBackAnyone() {
		return decisions.values().stream().anyMatch(d -> !d.heldBack().isEmpty());
	}

	public ReleaseDecision decision(Assessment assessment) {
		ReleaseDecision decision = decisions.get(assessment);
		return decision != null ? decision : ReleaseDecision.unreleased(assessment);
	}

	/**
	 * {@code result} (scored counting only what {@link #counts} accepts) as this decision lets every
	 * output publish it: only the comments that may be printed again, none where the release is refused.
	 */
	public ParticipantResult apply(ParticipantResult result) {
		ReleaseDecision decision = decision(result.assessment());
		if (decision.refusal().isPresent() && !result.comments().isEmpty()) {
			return new ParticipantResult(result.assessment(), result.dimensions(), result.items(), result.blindSpots(),
					result.hiddenStrengths(), result.top(), result.bottom(), result.raters(), List.of(), result.previousRound(),
					result.standings());
		}
		Optional<Set<String>> allowed = decision.commentsAllowed();
		if (allowed.isEmpty()) {
			return result;
		}
		List<PublishedComment> kept = result.comments().stream().filter(c -> allowed.get().contains(digest(c))).toList();
		return new ParticipantResult(result.assessment(), result.dimensions(), result.items(), result.blindSpots(),
				result.hiddenStrengths(), result.top(), result.bottom(), result.raters(), kept, result.previousRound(),
				result.standings());
	}

	/** The digest a release keeps of a printed comment: SHA-256 of its dimension id and text. */
	public static String digest(PublishedComment comment) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(
					((comment.dimension() == null ? "" : comment.dimension().getId()) + "\n" + comment.text()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static ReleaseDecision decide(Assessment assessment, ReportRelease release, ConfidentialityPolicy policy) {
		int minimum = Math.max(1, policy.getMinimumRaters());
		Set<RaterInvitation> before = new HashSet<>(release.getSubmissions());
		Map<RaterGroup, List<RaterInvitation>> joined = new EnumMap<>(RaterGroup.class);
		Map<RaterGroup, Integer> gone = new EnumMap<>(RaterGroup.class);
		for (RaterInvitation invitation : assessment.getInvitations()) {
			if (completed(invitation) && !before.contains(invitation)) {
				joined.computeIfAbsent(RaterGroup.of(invitation.getRelationship()), g -> new ArrayList<>()).add(invitation);
			}
		}
		for (RaterInvitation invitation : before) {
			if (!completed(invitation) || invitation.eContainer() != assessment) {
				gone.merge(RaterGroup.of(invitation.getRelationship()), 1, Integer::sum);
			}
		}
		Optional<java.util.Date> at = Optional.ofNullable(release.getAt());
		String released = String.format("%tF", release.getAt());
		String since = "since the report of " + released;
		for (Map.Entry<RaterGroup, Integer> entry : gone.entrySet()) {
			if (!exempt(entry.getKey(), policy) && entry.getValue() < minimum) {
				return new ReleaseDecision(assessment, at, Set.of(), Optional.empty(), List.of(),
						Optional.of(entry.getValue() + " " + group(entry.getKey()) + " counted in the report " + since
								+ " no longer answered; a new report would let a reader work out their answers. Re-issue it once the group has changed by at least "
								+ minimum + " raters"));
			}
		}
		List<String> notes = new ArrayList<>();
		Set<RaterInvitation> heldBack = new LinkedHashSet<>();
		int counted = 0;
		for (Map.Entry<RaterGroup, List<RaterInvitation>> entry : joined.entrySet()) {
			int n = entry.getValue().size();
			if (!exempt(entry.getKey(), policy) && n < minimum) {
				heldBack.addAll(entry.getValue());
				notes.add(n + " new " + group(entry.getKey()) + " " + since + " held back: their group keeps its earlier figures until "
						+ minimum + " have joined");
			} else if (entry.getKey() != RaterGroup.SELF) {
				counted += n;
			}
		}
		Optional<Set<String>> comments = Optional.empty();
		if (counted < Math.max(1, policy.getMinimumCommenters())) {
			comments = Optional.of(Set.copyOf(release.getCommentDigests()));
			if (counted > 0) {
				notes.add("only the comments printed in the report of " + released + " are printed again: fewer than "
						+ policy.getMinimumCommenters() + " raters joined since");
			}
		}
		return new ReleaseDecision(assessment, at, heldBack, comments, notes, Optional.empty());
	}

	private static boolean completed(RaterInvitation invitation) {
		return invitation.getStatus() == InvitationStatus.COMPLETED;
	}

	private static boolean exempt(RaterGroup group, ConfidentialityPolicy policy) {
		return group == RaterGroup.SELF && policy.isSelfExempt() || group == RaterGroup.MANAGER && policy.isManagerExempt();
	}

	private static String group(RaterGroup group) {
		return group.name().toLowerCase().replace('_', ' ') + " rater(s)";
	}
}

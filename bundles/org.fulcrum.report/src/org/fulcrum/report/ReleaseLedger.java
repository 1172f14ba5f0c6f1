package org.fulcrum.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.PublishedComment;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.ReleasedCount;
import org.fulcrum.model.ReportRelease;
import org.fulcrum.report.internal.data.Sha256;

/**
 * The engagement's record of every individual report released to a participant, and the rule
 * that keeps a re-issued report from isolating a late rater (docs/reports.md):
 * <ul>
 * <li>A rater group (other than the exempt self and manager) that gained fewer than the policy's
 * minimum of raters since the participant's last release keeps the figures of that release: its
 * late raters are held back until the group has gained at least the minimum. All others then
 * grows by none or at least the minimum as well, so comparing two releases isolates nobody.</li>
 * <li>A rater counted in the last release whose answers are gone cannot be kept, and fewer than the
 * minimum gone would let a reader work their answers out: the participant's report is refused
 * until the group has changed by at least the minimum.</li>
 * <li>Comments carry no rater, so when fewer than the comment minimum of raters joined since the last
 * release, only the comments printed then are printed again.</li>
 * </ul>
 */
public final class ReleaseLedger {

	/** What a release of one participant's report may use, and what the consultant should be told. */
	public record Decision(Assessment assessment, Set<RaterInvitation> heldBack, Optional<Set<String>> commentsAllowed,
			List<String> notes, Optional<String> refusal) {
	}

	private final Map<Assessment, Decision> decisions = new HashMap<>();

	private ReleaseLedger() {
	}

	/** Decides, for every assessment about to be released, what its report may use. */
	public static ReleaseLedger plan(Engagement engagement, Collection<Assessment> assessments) {
		ReleaseLedger ledger = new ReleaseLedger();
		ConfidentialityPolicy policy = engagement.getConfidentiality() != null ? engagement.getConfidentiality()
				: FulcrumFactory.eINSTANCE.createConfidentialityPolicy();
		for (Assessment assessment : assessments) {
			ledger.decisions.put(assessment, decide(assessment, lastRelease(engagement, assessment), policy));
		}
		return ledger;
	}

	/** Whether the scoring for this release counts {@code invitation}. */
	public boolean counts(RaterInvitation invitation) {
		Decision decision = invitation.eContainer() instanceof Assessment a ? decisions.get(a) : null;
		return decision == null || !decision.heldBack().contains(invitation);
	}

	/** Whether this release holds back any rater, so that its scoring differs from one with every answer. */
	public boolean holdsBackAnyone() {
		return decisions.values().stream().anyMatch(d -> !d.heldBack().isEmpty());
	}

	public Decision decision(Assessment assessment) {
		return decisions.getOrDefault(assessment, new Decision(assessment, Set.of(), Optional.empty(), List.of(), Optional.empty()));
	}

	/** {@code result} with only the comments this release may print. */
	public ParticipantResult withAllowedComments(ParticipantResult result) {
		Optional<Set<String>> allowed = decision(result.assessment()).commentsAllowed();
		if (allowed.isEmpty()) {
			return result;
		}
		List<PublishedComment> kept = result.comments().stream().filter(c -> allowed.get().contains(digest(c))).toList();
		return new ParticipantResult(result.assessment(), result.dimensions(), result.items(), result.blindSpots(),
				result.hiddenStrengths(), result.top(), result.bottom(), result.raters(), kept, result.previousRound(),
				result.standings());
	}

	/** Adds to the engagement's ledger the release of {@code report}, as written in {@code formats}. */
	public ReportRelease record(Engagement engagement, IndividualReport report, Collection<ReportFormat> formats, Date at) {
		Assessment assessment = report.result().assessment();
		ReportRelease release = FulcrumFactory.eINSTANCE.createReportRelease();
		release.setAt(at);
		release.setAssessment(assessment);
		release.setFormats(formats.stream().map(ReportFormat::extension).collect(Collectors.joining(",")));
		report.result().raters().forEach((group, raters) -> {
			ReleasedCount count = FulcrumFactory.eINSTANCE.createReleasedCount();
			count.setGroup(group.name());
			count.setRaters(raters);
			release.getCounts().add(count);
		});
		Set<RaterInvitation> heldBack = decision(assessment).heldBack();
		assessment.getInvitations().stream().filter(ReleaseLedger::completed).filter(i -> !heldBack.contains(i))
				.forEach(release.getSubmissions()::add);
		report.result().comments().forEach(c -> release.getCommentDigests().add(digest(c)));
		engagement.getReleases().add(release);
		return release;
	}

	private static Optional<ReportRelease> lastRelease(Engagement engagement, Assessment assessment) {
		ReportRelease last = null;
		for (ReportRelease release : engagement.getReleases()) {
			if (release.getAssessment() == assessment) {
				last = release;
			}
		}
		return Optional.ofNullable(last);
	}

	private static Decision decide(Assessment assessment, Optional<ReportRelease> last, ConfidentialityPolicy policy) {
		if (last.isEmpty()) {
			return new Decision(assessment, Set.of(), Optional.empty(), List.of(), Optional.empty());
		}
		ReportRelease release = last.get();
		int minimum = Math.max(1, policy.getMinimumRaters());
		Set<RaterInvitation> before = new HashSet<>(release.getSubmissions());
		Map<RaterGroup, List<RaterInvitation>> joined = new EnumMap<>(RaterGroup.class);
		Map<RaterGroup, Integer> gone = new EnumMap<>(RaterGroup.class);
		for (RaterInvitation invitation : assessment.getInvitations()) {
			RaterGroup group = RaterGroup.of(invitation.getRelationship());
			if (completed(invitation) && !before.contains(invitation)) {
				joined.computeIfAbsent(group, g -> new ArrayList<>()).add(invitation);
			}
		}
		for (RaterInvitation invitation : before) {
			if (!completed(invitation) || invitation.eContainer() != assessment) {
				gone.merge(RaterGroup.of(invitation.getRelationship()), 1, Integer::sum);
			}
		}
		String released = String.format("%tF", release.getAt());
		String since = "since the report of " + released;
		List<String> notes = new ArrayList<>();
		for (Map.Entry<RaterGroup, Integer> entry : gone.entrySet()) {
			if (!exempt(entry.getKey(), policy) && entry.getValue() < minimum) {
				return new Decision(assessment, Set.of(), Optional.empty(), List.of(),
						Optional.of(entry.getValue() + " " + group(entry.getKey()) + " counted in the report " + since
								+ " no longer answered; a new report would let a reader work out their answers. Re-issue it once the group has changed by at least "
								+ minimum + " raters"));
			}
		}
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
		return new Decision(assessment, heldBack, comments, notes, Optional.empty());
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

	static String digest(PublishedComment comment) {
		return Sha256.hex((comment.dimension() == null ? "" : comment.dimension().getId()) + "\n" + comment.text());
	}
}

package org.fulcrum.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.ProblemReport;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.coaching.Agendas;
import org.fulcrum.coaching.PlanDrafter;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;

/**
 * {@code ./fulcrum plan draft ENG --participant ID} drafts a development plan from the participant's
 * latest results; {@code ./fulcrum plan check ENG} lists the SMART findings on every plan and session.
 */
public final class PlanCommand implements Command {

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public String synopsis() {
		return "draft ENG --participant ID [--start DATE] | check ENG";
	}

	@Override
	public String summary() {
		return "draft a development plan from a participant's results; check every plan's actions are SMART (exit 1 on errors)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		return switch (Subcommand.of(arguments, name(), "draft", "check")) {
		case "draft" -> draft(arguments, console);
		default -> check(arguments, console);
		};
	}

	private int draft(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("participant", "start")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.option("participant", null);
		if (id == null || id.isEmpty()) {
			throw new UsageException("plan draft: --participant ID is required");
		}
		LocalDate start = AsOf.day(arguments, "start", AsOf.today(Instant.now()));
		ScoringEngine.warmUp(); // on the second core while this one reads the file
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			PartnerManager participant = Participants.find(engagement, id, file, "plan draft");
			ParticipantResult result = latestResult(engagement, participant, file, console);
			DevelopmentPlan plan;
			try {
				plan = new PlanDrafter().draft(result, start);
			} catch (IllegalStateException e) {
				console.err().println("fulcrum: " + file.getFileName() + ": " + e.getMessage());
				return ExitCode.FINDINGS;
			}
			if (engagement.getPlans().stream().anyMatch(p -> p.getId().equals(plan.getId()))) {
				console.err().println("fulcrum: " + file.getFileName() + ": " + participant.getName() + " already has plan "
						+ plan.getId() + " from these results; edit it rather than draft it again");
				return ExitCode.FINDINGS;
			}
			engagement.getPlans().add(plan);
			document.markDirty();
			document.save();
			print(plan, Agendas.recentIssues(engagement, plan, start), console.out());
			console.out().println("saved draft plan " + plan.getId() + " in " + file);
			return ExitCode.OK;
		}
	}

	private static ParticipantResult latestResult(Engagement engagement, PartnerManager participant, Path file, Console console)
			throws UsageException {
		var scored = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement);
		List<ParticipantResult> results = scored.participants().stream().filter(r -> r.assessment().getSubject() == participant)
				.toList();
		if (results.isEmpty()) {
			throw new UsageException("plan draft: " + file.getFileName() + " has no assessment of " + participant.getId());
		}
		ParticipantResult latest = results.get(results.size() - 1);
		// drafted from the released figures, as every output is, and said so
		var release = scored.release(latest.assessment());
		if (!release.heldBack().isEmpty()) {
			release.statement().ifPresent(s -> console.out().println("plan draft: " + s));
		}
		return latest;
	}

	static void print(DevelopmentPlan plan, List<PartnerIssue> recent, PrintStream out) {
		out.printf("Development plan %s for %s (%s, from %s, based on the %s results)%n", plan.getId(),
				plan.getParticipant().getName(), plan.getStatus().getLiteral(), plan.getStart(),
				plan.getBasedOn() == null ? "?" : plan.getBasedOn().getRound());
		for (FocusArea area : plan.getFocusAreas()) {
			out.printf("%nFocus: %s%n  why: %s%n  behaviours to practise:%n", area.getTrait().getName(), area.getRationale());
			for (BehaviourItem item : area.getBehaviours()) {
				out.printf("    - %s (%s)%n", item.getText(), item.getId());
			}
			area.getGoals().forEach(goal -> out.printf("  goal: %s%n", goal.getStatement() != null && !goal.getStatement().isBlank()
					? goal.getStatement() : "(for the coachee to state) " + goal.getPrompt()));
			area.getGoals().forEach(goal -> goal.getActions().forEach(a -> out.printf("    action: %s; measure: %s; due %s%n",
					a.getWhat(), a.getMeasure(), a.getDueDate())));
		}
		out.printf("%nRecent partner issues tagged with these traits:%s%n", recent.isEmpty() ? " none" : "");
		recent.forEach(i -> out.printf("  %s %s %s (%s)%n", i.getId(), AsOf.today(i.getOpened().toInstant()), i.getTitle(),
				i.getPartner().getName()));
	}

	private int check(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("limit")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		int limit = arguments.intOption("limit", 200, 1);
		Engagement engagement = new EngagementStore().read(file);
		List<Problem> coaching = Problems.of(EngagementValidation.validate(engagement)).stream()
				.filter(p -> inPlanOrProgram(p.element())).toList();
		ProblemReport report = new ProblemReport(coaching);
		report.print(file, console.out(), limit);
		console.out().println(file.getFileName() + ": " + engagement.getPlans().size() + " plans, " + engagement.getPrograms().size()
				+ " programs, " + engagement.getPartnerSessions().size() + " partner sessions: " + report.counts());
		return report.errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private static boolean inPlanOrProgram(EObject element) {
		for (EObject at = element; at != null; at = at.eContainer()) {
			if (at instanceof DevelopmentPlan || at instanceof CoachingProgram || at instanceof org.fulcrum.model.PartnerCoachingSession) {
				return true;
			}
		}
		return false;
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.coaching.Agendas;
import org.fulcrum.coaching.CallDebrief;
import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.CoachingQuality;
import org.fulcrum.coaching.PartnerSessions;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.ParticipantProgress;
import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.coaching.Progress;
import org.fulcrum.coaching.SessionAgenda;
import org.fulcrum.coaching.Workshops;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;

/**
 * {@code ./fulcrum program list|apply|agenda|progress}: the installed program templates, a program
 * for each participant on the consultant's schedule, the next session's agenda, progress per cohort.
 */
public final class ProgramCommand implements Command {

	@Override
	public String name() {
		return "program";
	}

	@Override
	public String synopsis() {
		return "list | apply ENG --template ID --start DATE [--every DAYS] [--participant ID] [--coach ID] "
				+ "| agree ENG PROGRAM [--expectations TEXT] [--accountability TEXT] | agenda ENG --participant ID [--as-of DATE] "
				+ "| review ENG SESSION [--prefill] | progress ENG [--as-of DATE]";
	}

	@Override
	public String summary() {
		return "coaching programs: templates, sessions for each participant, the next session's agenda, a session's review, progress";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		return switch (Subcommand.of(arguments, name(), "list", "apply", "agenda", "review", "progress", "agree")) {
		case "list" -> list(arguments, console);
		case "agree" -> agree(arguments, console);
		case "review" -> SessionReviewPrinter.run(arguments, console);
		case "apply" -> apply(arguments, console);
		case "agenda" -> agenda(arguments, console);
		default -> progress(arguments, console);
		};
	}

	private int list(Arguments arguments, Console console) throws UsageException {
		arguments.allowOnly(Set.of()).atMost(1);
		ProgramTemplates templates = ProgramTemplates.installed();
		for (ProgramTemplate template : templates.all()) {
			console.out().printf("%s  %s: %d sessions, every %d days unless set, from %s%n", template.id(), template.name(),
					template.steps().size(), template.intervalDays(), template.contributor());
		}
		templates.problems().forEach(p -> console.err().println("fulcrum: warning: " + p));
		return ExitCode.OK;
	}

	private int apply(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("template", "start", "every", "participant", "coach")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.option("template", null);
		if (id == null || id.isEmpty()) {
			throw new UsageException("program apply: --template ID is required (see ./fulcrum program list)");
		}
		ProgramTemplates templates = ProgramTemplates.installed();
		ProgramTemplate template = templates.find(id).orElseThrow(() -> new UsageException("program apply: no template '" + id
				+ "'; installed: " + templates.all().stream().map(ProgramTemplate::id).toList()));
		LocalDate start = AsOf.day(arguments, "start", null);
		if (start == null) {
			throw new UsageException("program apply: --start DATE is required, e.g. --start 2026-11-09");
		}
		int every = arguments.intOption("every", template.intervalDays(), 1);
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			String coachId = arguments.option("coach", null);
			Person coach = coachId == null ? null : Participants.person(engagement, coachId, file, "program apply");
			List<PartnerManager> participants = new ArrayList<>();
			String only = arguments.option("participant", null);
			if (only != null) {
				participants.add(Participants.find(engagement, only, file, "program apply"));
			} else {
				engagement.getAssessments().stream().map(a -> a.getSubject()).distinct().forEach(participants::add);
			}
			int added = 0;
			for (PartnerManager participant : participants) {
				if (Programs.existing(engagement, template, participant).isPresent()) {
					console.out().println("note: " + participant.getName() + " already has a " + template.name()
							+ " program; left as it is");
					continue;
				}
				CoachingProgram program = Programs.apply(engagement, template, participant, coach, start, every);
				added++;
				console.out().printf("%s  %s: %s%n", program.getId(), participant.getName(), program.getSessions().stream()
						.map(s -> s.getDate() + " " + s.getFormat().getLiteral()).toList());
			}
			if (added > 0) {
				document.markDirty();
				document.save();
			}
			console.out().println(added + " programs of " + template.name() + " added to " + file);
			return ExitCode.OK;
		}
	}

	/** Records the manager's agreement: the new expectations, and the parameters around metrics and accountability. */
	private int agree(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("expectations", "accountability")).atMost(3);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.operand(2, "the program's id");
		String expectations = arguments.option("expectations", null);
		String accountability = arguments.option("accountability", null);
		if (expectations == null && accountability == null) {
			throw new UsageException("program agree: give --expectations TEXT and/or --accountability TEXT");
		}
		try (EngagementDocument document = new EngagementStore().open(file)) {
			CoachingProgram program = document.engagement().getPrograms().stream().filter(p -> id.equals(p.getId())).findFirst()
					.orElseThrow(() -> new UsageException("program agree: " + file.getFileName() + " has no program '" + id + "'"));
			if (expectations != null) {
				program.setExpectations(expectations);
			}
			if (accountability != null) {
				program.setAccountability(accountability);
			}
			document.markDirty();
			document.save();
			console.out().printf("%s: expectations: %s; metrics and accountability: %s%n", program.getId(), program.getExpectations(),
					program.getAccountability());
			return ExitCode.OK;
		}
	}

	private int agenda(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("participant", "as-of")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.option("participant", null);
		if (id == null || id.isEmpty()) {
			throw new UsageException("program agenda: --participant ID is required");
		}
		LocalDate day = AsOf.today(AsOf.moment(arguments, "as-of"));
		Engagement engagement = new EngagementStore().read(file);
		SessionAgenda agenda = Agendas.next(engagement, Participants.find(engagement, id, file, "program agenda"), day);
		CoachingSession next = agenda.session();
		console.out().printf("Next session of %s: %s%n", agenda.participant().getName(), next == null ? "none planned"
				: next.getDate() + ", " + next.getFormat().getLiteral() + ", " + next.getDurationMinutes() + " min: " + next.getTopic());
		if (next != null) {
			Workshops.of(engagement, next).filter(w -> w.managers().size() > 1).ifPresent(w -> console.out().printf(
					"The workshop is one day for %d managers: %s%n", w.managers().size(),
					String.join(", ", w.managers().stream().map(PartnerManager::getName).toList())));
		}
		console.out().println("Goals:");
		agenda.goals().forEach(g -> console.out().println("  - " + (g.getStatement() != null && !g.getStatement().isBlank()
				? g.getStatement() : "(not stated yet) " + g.getPrompt())));
		console.out().println("Open actions:");
		agenda.openActions().forEach(a -> console.out().printf("  - %s (due %s%s)%n", a.getWhat(), a.getDueDate(),
				a.getDueDate() != null && a.getDueDate().isBefore(day) ? ", overdue" : ""));
		console.out().println("Recent partner issues tagged with the focus traits:" + (agenda.recentIssues().isEmpty() ? " none" : ""));
		agenda.recentIssues().forEach(i -> console.out().printf("  - %s %s %s (%s; %s)%n", i.getId(),
				AsOf.today(i.getOpened().toInstant()), i.getTitle(),
				i.getPartner().getName(), String.join(", ", i.getTraits().stream().map(t -> t.getName()).toList())));
		CallDebrief debrief = agenda.debrief();
		if (debrief != null) {
			console.out().printf("Partner coaching sessions to debrief (call %d, logged %s):%s%n", debrief.number(),
					debrief.after() == null ? "so far" : "since " + debrief.after(), debrief.sessions().isEmpty() ? " none yet" : "");
			for (PartnerCoachingSession session : debrief.sessions()) {
				Reviews.Outcome outcome = PartnerSessions.outcome(session);
				console.out().printf("  - %s %s %s with %s: stance %s; %s%s%n", session.getId(), session.getDate(),
						CoachingLabels.kind(session.getKind()), session.getPartner() == null ? "-" : session.getPartner().getName(),
						CoachingLabels.stance(session.isSetObservedStance() ? session.getObservedStance() : null),
						quality(CoachingQuality.of(List.of(session))), outcome.dontsOccurred().isEmpty() ? ""
								: "; don'ts: " + String.join(", ", outcome.dontsOccurred().stream().map(Checklist.Pair::id).toList()));
			}
		}
		PartnerManager participant = agenda.participant();
		engagement.getPrograms().stream().filter(p -> p.getParticipant() == participant)
				.filter(p -> p.getExpectations() != null || p.getAccountability() != null)
				.forEach(p -> console.out().printf("Agreement (%s): expectations: %s; metrics and accountability: %s%n", p.getId(),
						p.getExpectations() == null ? "-" : p.getExpectations(), p.getAccountability() == null ? "-" : p.getAccountability()));
		return ExitCode.OK;
	}

	private int progress(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("as-of")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Instant moment = AsOf.moment(arguments, "as-of");
		Engagement engagement = new EngagementStore().read(file);
		CohortProgress cohort = Progress.cohort(engagement, new ScoringEngine(ScoringSettings.DEFAULT).score(engagement),
				AsOf.today(moment));
		console.out().printf("Coaching progress as of %s: %d participants; actions %d done, %d due, %d overdue; sessions %d of %d held"
				+ ", %d missed%n", cohort.asOf(), cohort.participants().size(), cohort.actionsDone(), cohort.actionsDue(),
				cohort.actionsOverdue(), cohort.sessionsHeld(), cohort.sessionsPlanned(), cohort.sessionsMissed());
		for (ParticipantProgress p : cohort.participants()) {
			console.out().printf("  %-24s focus %-45s actions %d/%d/%d  sessions %d/%d  %s%n", p.participant().getName(),
					String.join(", ", p.focusTraits().stream().map(t -> t.getName()).toList()), p.actionsDone(), p.actionsDue(),
					p.actionsOverdue(), p.sessionsHeld(), p.sessionsPlanned(), p.note().isEmpty() ? changes(p) : p.note());
			if (p.coaching().sessions() > 0) {
				console.out().printf("  %-24s partner coaching: %d sessions; %s%n", "", p.coaching().sessions(), quality(p.coaching()));
				p.calls().forEach(c -> console.out().printf("  %-24s   call %d on %s: %d sessions; %s%n", "", c.number(), c.upTo(),
						c.sessions().size(), quality(c.quality())));
			}
		}
		cohort.focusTraits().forEach(t -> console.out().printf("  focus trait %s: %d participant%s, %s%n", t.trait().getName(),
				t.participants(), t.participants() == 1 ? "" : "s", t.meanOthersChange().isPresent()
						? String.format(Locale.ROOT, "mean change by others %+.2f over %d", t.meanOthersChange().getAsDouble(), t.measured())
						: "no change measured yet"));
		console.out().printf("Partner coaching of the cohort: %d sessions; %s%n", cohort.coaching().sessions(), quality(cohort.coaching()));
		for (CohortProgress.Call call : cohort.calls()) {
			console.out().printf("  call %d (%d participant%s): %d sessions debriefed; %s%n", call.number(), call.participants(),
					call.participants() == 1 ? "" : "s", call.quality().sessions(), quality(call.quality()));
		}
		return ExitCode.OK;
	}

	/** The coaching quality in one line: the shares the do's and don'ts care about and the stances. */
	static String quality(CoachingQuality quality) {
		return "open questions " + CoachingLabels.percent(quality.openShare()) + ", options from the partner "
				+ CoachingLabels.percent(quality.partnerOptionShare()) + ", actions owned by the partner "
				+ CoachingLabels.percent(quality.partnerOwnedShare()) + "; stances: " + CoachingLabels.stances(quality);
	}

	private static String changes(ParticipantProgress progress) {
		return String.join(", ", progress.changes().stream().map(c -> c.trait().getId() + " "
				+ (c.others().isPresent() ? String.format(Locale.ROOT, "%+.2f", c.others().getAsDouble()) : "n/a")).toList());
	}
}

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
import org.fulcrum.coaching.CohortProgress;
import org.fulcrum.coaching.ParticipantProgress;
import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.coaching.Progress;
import org.fulcrum.coaching.SessionAgenda;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
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
				+ "| agenda ENG --participant ID [--as-of DATE] | review ENG SESSION [--prefill] | progress ENG [--as-of DATE]";
	}

	@Override
	public String summary() {
		return "coaching programs: templates, sessions for each participant, the next session's agenda, a session's review, progress";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		return switch (Subcommand.of(arguments, name(), "list", "apply", "agenda", "review", "progress")) {
		case "list" -> list(arguments, console);
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
					console.err().println("fulcrum: " + participant.getName() + " already has a " + template.name()
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
			console.err().println(added + " programs of " + template.name() + " added to " + file);
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
		}
		cohort.focusTraits().forEach(t -> console.out().printf("  focus trait %s: %d participant%s, %s%n", t.trait().getName(),
				t.participants(), t.participants() == 1 ? "" : "s", t.meanOthersChange().isPresent()
						? String.format(Locale.ROOT, "mean change by others %+.2f over %d", t.meanOthersChange().getAsDouble(), t.measured())
						: "no change measured yet"));
		return ExitCode.OK;
	}

	private static String changes(ParticipantProgress progress) {
		return String.join(", ", progress.changes().stream().map(c -> c.trait().getId() + " "
				+ (c.others().isPresent() ? String.format(Locale.ROOT, "%+.2f", c.others().getAsDouble()) : "n/a")).toList());
	}
}

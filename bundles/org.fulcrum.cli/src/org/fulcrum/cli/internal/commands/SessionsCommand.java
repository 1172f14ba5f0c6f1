package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.CoachingQuality;
import org.fulcrum.coaching.PartnerSessionImport;
import org.fulcrum.coaching.PartnerSessionSignals;
import org.fulcrum.coaching.PartnerSessions;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.Stance;

/**
 * {@code ./fulcrum sessions list|add|review|import}: the partner managers' coaching sessions with
 * their partners, logged, reviewed against the do's and don'ts (both sides of each pair), and their
 * coaching quality (docs/coaching.md).
 */
public final class SessionsCommand implements Command {

	@Override
	public String name() {
		return "sessions";
	}

	@Override
	public String synopsis() {
		return "list ENG [--participant ID] [--as-of DATE] | add ENG --participant ID --date DATE --kind KIND [--partner ID] "
				+ "[--minutes N] [--topic T] [--situation T] [--goal T] [--stance S] | review ENG SESSION [--prefill] "
				+ "[--mark PAIR:do|dont] [--unmark PAIR:do|dont] [--note TEXT] | import ENG FILE.csv";
	}

	@Override
	public String summary() {
		return "partner coaching sessions: the partner managers' sessions with their partners, their reviews and coaching quality";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		return switch (Subcommand.of(arguments, name(), "list", "add", "review", "import")) {
		case "list" -> list(arguments, console);
		case "add" -> add(arguments, console);
		case "review" -> review(arguments, console);
		default -> importFile(arguments, console);
		};
	}

	private int list(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("participant", "as-of")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Engagement engagement = new EngagementStore().read(file);
		String only = arguments.option("participant", null);
		PartnerManager participant = only == null ? null : Participants.find(engagement, only, file, "sessions list");
		LocalDate day = arguments.option("as-of", null) == null ? LocalDate.MAX : AsOf.today(AsOf.moment(arguments, "as-of"));
		List<PartnerCoachingSession> sessions = engagement.getPartnerSessions().stream()
				.filter(s -> participant == null || s.getPartnerManager() == participant)
				.filter(s -> s.getDate() == null || !s.getDate().isAfter(day)).toList();
		PrintStream out = console.out();
		for (PartnerCoachingSession session : sessions) {
			PartnerSessionSignals s = PartnerSessions.signals(session);
			Reviews.Outcome outcome = PartnerSessions.outcome(session);
			out.printf("%s  %s  %s with %s  %s, %d min  stance %s  open questions %s  options from the partner %s  "
					+ "actions owned by the partner %s, support %d  do's %d, don'ts %d%n", session.getId(), session.getDate(),
					name(session.getPartnerManager()), session.getPartner() == null ? "(no partner)" : session.getPartner().getName(),
					CoachingLabels.kind(session.getKind()), session.getDurationMinutes(), CoachingLabels.stance(s.stance()),
					CoachingLabels.percent(s.openShare()), CoachingLabels.percent(s.partnerOptionShare()),
					CoachingLabels.percent(s.partnerOwnedShare()), s.support(), outcome.doesMet().size(), outcome.dontsOccurred().size());
		}
		CoachingQuality all = CoachingQuality.of(sessions);
		out.printf("%d partner sessions: open questions %s, options from the partner %s, actions owned by the partner %s; "
				+ "stances: %s%n", all.sessions(), CoachingLabels.percent(all.openShare()), CoachingLabels.percent(all.partnerOptionShare()),
				CoachingLabels.percent(all.partnerOwnedShare()), CoachingLabels.stances(all));
		return ExitCode.OK;
	}

	private int add(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("participant", "date", "kind", "partner", "minutes", "topic", "situation", "goal", "stance", "id"))
				.atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		LocalDate date = AsOf.day(arguments, "date", null);
		if (date == null) {
			throw new UsageException("sessions add: --date DATE is required, e.g. --date 2026-11-18");
		}
		PartnerSessionKind kind = CoachingLabels.parseKind(required(arguments, "kind"));
		if (kind == null) {
			throw new UsageException("sessions add: --kind is opportunity-review, opportunity-coaching, meeting-preparation, "
					+ "performance-situation or other, not '" + arguments.option("kind", "") + "'");
		}
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			PartnerCoachingSession session = FulcrumFactory.eINSTANCE.createPartnerCoachingSession();
			session.setPartnerManager(Participants.find(engagement, required(arguments, "participant"), file, "sessions add"));
			String partner = arguments.option("partner", null);
			if (partner != null) {
				session.setPartner(engagement.getPartners().stream().filter(p -> partner.equals(p.getId())).findFirst()
						.orElseThrow(() -> new UsageException("sessions add: " + file.getFileName() + " has no partner '" + partner + "'")));
			}
			session.setDate(date);
			session.setKind(kind);
			session.setDurationMinutes(arguments.intOption("minutes", 0, 1));
			session.setTopic(arguments.option("topic", null));
			session.setSituation(arguments.option("situation", null));
			session.setPartnerGoal(arguments.option("goal", null));
			String stance = arguments.option("stance", null);
			if (stance != null) {
				Stance parsed = CoachingLabels.parseStance(stance);
				if (parsed == null) {
					throw new UsageException("sessions add: --stance is coach, bully (or persecutor), victim or rescuer, not '" + stance + "'");
				}
				session.setObservedStance(parsed);
			}
			String id = arguments.option("id", "PS-" + session.getPartnerManager().getId() + "-" + date);
			String unique = id;
			for (int n = 2; exists(engagement, unique); n++) {
				unique = id + "-" + n;
			}
			session.setId(unique);
			engagement.getPartnerSessions().add(session);
			document.markDirty();
			document.save();
			console.out().println(unique);
			return ExitCode.OK;
		}
	}

	private int review(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("prefill", "mark", "unmark", "note")).atMost(3);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.operand(2, "the partner session's id");
		boolean prefill = arguments.flag("prefill");
		arguments.atMost(3);
		try (EngagementDocument document = new EngagementStore().open(file)) {
			PartnerCoachingSession session = document.engagement().getPartnerSessions().stream().filter(s -> id.equals(s.getId()))
					.findFirst().orElseThrow(() -> new UsageException("sessions review: " + file.getFileName() + " has no partner "
							+ "session '" + id + "' (see ./fulcrum sessions list)"));
			boolean changed = false;
			if (prefill) {
				PartnerSessions.prefill(session);
				changed = true;
			}
			changed |= mark(session, arguments.option("mark", null), true, arguments.option("note", null));
			changed |= mark(session, arguments.option("unmark", null), false, arguments.option("note", null));
			if (changed) {
				document.markDirty();
				document.save();
			}
			print(session, console.out());
			return ExitCode.OK;
		}
	}

	/** Marks or unmarks one side of a pair ({@code PAIR:do} or {@code PAIR:dont}) as seen; false when nothing is asked. */
	private static boolean mark(PartnerCoachingSession session, String what, boolean observed, String note) throws UsageException {
		if (what == null) {
			return false;
		}
		int colon = what.lastIndexOf(':');
		String rule = colon < 0 ? what : what.substring(0, colon);
		String side = colon < 0 ? "" : what.substring(colon + 1);
		ChecklistKind kind = side.equals("do") ? ChecklistKind.DO : side.equals("dont") ? ChecklistKind.DONT : null;
		if (Checklist.pair(rule).isEmpty() || kind == null) {
			throw new UsageException("sessions review: --mark and --unmark take PAIR:do or PAIR:dont with PAIR one of "
					+ Checklist.PAIRS.stream().map(Checklist.Pair::id).toList() + ", not '" + what + "'");
		}
		ChecklistEntry entry = Reviews.entry(session.getReview(), rule, kind).orElse(null);
		if (entry == null) {
			entry = Reviews.newEntry(rule, kind, observed, note);
			session.getReview().add(entry);
		}
		entry.setObserved(observed);
		if (note != null) {
			entry.setNote(note);
		}
		return true;
	}

	static void print(PartnerCoachingSession session, PrintStream out) {
		PartnerSessionSignals s = PartnerSessions.signals(session);
		out.printf("Partner session %s, %s, %s with %s, %s, %d min: %s%n", session.getId(), session.getDate(),
				name(session.getPartnerManager()), session.getPartner() == null ? "(no partner)" : session.getPartner().getName(),
				CoachingLabels.kind(session.getKind()), session.getDurationMinutes(), session.getTopic());
		out.printf("  the partner's goal: %s%n  situation: %s%n", text(session.getPartnerGoal()), text(session.getSituation()));
		out.printf("  questions: %d open, %d closed, %d multiple choice; options: %d from the partner, %d from the partner manager%s%n",
				s.open(), s.closed(), s.multipleChoice(), s.partnerOptions(), s.coachOptions(),
				s.coachOptions() > 0 ? (s.backToPartner() ? ", then back to the partner's ideas" : ", the last from the partner manager") : "");
		out.printf("  actions: %d, %d owned by the partner, %d support the partner manager owes, %d of the partner's own outcome owned by "
				+ "the partner manager; %s; stance: %s%n", s.actions(), s.partnerOwned(), s.support(), s.coachOwnsOutcome(),
				s.smart() ? "all SMART" : "not all SMART", CoachingLabels.stance(s.stance()));
		for (Checklist.Pair pair : Checklist.PAIRS) {
			out.printf("  %-20s [%s] %s%n  %-20s [%s] %s%n", pair.id(), box(session, pair, ChecklistKind.DO), pair.doText(), "",
					box(session, pair, ChecklistKind.DONT), pair.dontText());
		}
		Reviews.Outcome outcome = PartnerSessions.outcome(session);
		outcome.notCredited().forEach(p -> out.printf("  not credited: '%s' (the stance observed is rescuer)%n", p.doText()));
		outcome.dontsOccurred().stream().filter(p -> !p.dontAdvice().isEmpty() || !p.doAdvice().isEmpty())
				.forEach(p -> out.printf("  advice (%s): %s%n", p.id(), (p.doAdvice() + " " + p.dontAdvice()).strip()));
		out.printf("  do's met %d, don'ts occurred %d, pairs not judged %d%n", outcome.doesMet().size(), outcome.dontsOccurred().size(),
				outcome.notJudged().size());
	}

	private static String box(PartnerCoachingSession session, Checklist.Pair pair, ChecklistKind side) {
		return Reviews.entry(session.getReview(), pair.id(), side).map(e -> e.isObserved() ? "x" : " ").orElse("?");
	}

	private int importFile(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of()).atMost(3);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Path csv = Path.of(arguments.operand(2, "the CSV FILE to import"));
		if (!Files.isRegularFile(csv)) {
			throw new StoreException(csv, "does not exist or is not a file");
		}
		try (EngagementDocument document = new EngagementStore().open(file)) {
			List<PartnerCoachingSession> added;
			try {
				CsvTable table;
				try {
					table = CsvTable.readAny(csv);
				} catch (IOException e) {
					throw new StoreException(csv, "cannot be read: " + e.getMessage(), e);
				}
				added = PartnerSessionImport.apply(document.engagement(), table);
			} catch (ImportException e) {
				for (ImportProblem problem : e.problems()) {
					console.err().println(problem);
				}
				console.err().println("fulcrum: sessions import: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
						+ " in " + csv.getFileName() + "; nothing was imported and " + file.getFileName() + " is unchanged");
				return ExitCode.FINDINGS;
			}
			added.forEach(PartnerSessions::prefill);
			document.markDirty();
			document.save();
			added.forEach(s -> console.out().println(s.getId()));
			return ExitCode.OK;
		}
	}

	private static boolean exists(Engagement engagement, String id) {
		boolean[] found = { false };
		engagement.eAllContents().forEachRemaining(o -> found[0] |= o instanceof org.fulcrum.model.Identified i && id.equals(i.getId()));
		return found[0];
	}

	private static String required(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option, null);
		if (value == null || value.isBlank()) {
			throw new UsageException("sessions add: --" + option + " is required");
		}
		return value;
	}

	private static String name(PartnerManager manager) {
		return manager == null ? "(no partner manager)" : manager.getName();
	}

	private static String text(String text) {
		return text == null || text.isBlank() ? "(not recorded)" : text;
	}
}

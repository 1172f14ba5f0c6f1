package org.fulcrum.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.SessionReview;
import org.fulcrum.coaching.SessionSignals;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;

/**
 * {@code program review ENG SESSION [--prefill]}: what a session's record shows (signals) and its
 * review against the do's and don'ts; {@code --prefill} first adds the entries the record can judge
 * and saves them, keeping every entry a reviewer made.
 */
final class SessionReviewPrinter {

	private SessionReviewPrinter() {
	}

	static int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("prefill")).atMost(3);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.operand(2, "the session id, e.g. PRG-pm-dvorak-manager-as-sales-coach-S2");
		boolean prefill = arguments.option("prefill", null) != null;
		try (EngagementDocument document = new EngagementStore().open(file)) {
			CoachingSession session = find(document.engagement(), id, file);
			if (prefill) {
				SessionReview.prefill(session);
				document.markDirty();
				document.save();
			}
			print(session, console.out());
			return ExitCode.OK;
		}
	}

	private static CoachingSession find(Engagement engagement, String id, Path file) throws UsageException {
		return engagement.getPrograms().stream().flatMap(p -> p.getSessions().stream()).filter(s -> id.equals(s.getId())).findFirst()
				.orElseThrow(() -> new UsageException("program review: " + file.getFileName() + " has no session '" + id + "'"));
	}

	private static void print(CoachingSession session, PrintStream out) {
		SessionSignals signals = SessionReview.signals(session);
		out.printf("Session %s, %s, %s, %s min: %s%n", session.getId(), session.getDate(), session.getStatus().getLiteral(),
				session.getDurationMinutes(), session.getTopic());
		out.printf("  open questions: %s; options from the coachee: %d; actions: %d, %s by the coachee, %s%n",
				signals.openQuestionShare().isPresent()
						? String.format(Locale.ROOT, "%.0f%%", 100 * signals.openQuestionShare().getAsDouble()) : "none recorded",
				signals.coacheeOptions(), signals.actions(), signals.actionsOwnedByCoachee() ? "all owned" : "not all owned",
				signals.actionsSmart() ? "all SMART" : "not all SMART");
		out.printf("  short and on one topic: %s; stance observed: %s%n", signals.shortAndOnOneTopic() ? "yes" : "no",
				org.fulcrum.coaching.CoachingLabels.stance(signals.stance()));
		SessionReview.Outcome outcome = SessionReview.outcome(session);
		section(out, "do's met", outcome.doesMet(), true);
		section(out, "don'ts that occurred", outcome.dontsOccurred(), false);
		out.println("  not judged: " + (outcome.notJudged().isEmpty() ? "none"
				: String.join(", ", outcome.notJudged().stream().map(Checklist.Pair::id).toList())));
	}

	private static void section(PrintStream out, String title, List<Checklist.Pair> pairs, boolean dos) {
		out.println("  " + title + ":" + (pairs.isEmpty() ? " none" : ""));
		pairs.forEach(p -> out.println("    - " + (dos ? p.doText() : p.dontText())));
	}
}

package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.issues.IssueWorkflow;
import org.fulcrum.issues.Labels;
import org.fulcrum.issues.Ownership;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.Person;
import org.fulcrum.model.query.Instruments;

/**
 * {@code issues move|note|commit|tag|assign|confirm|close ENG ISSUE …}: the day-to-day changes to
 * one issue, each saved as an event of its timeline. A move the workflow does not allow is refused (exit 1) with where
 * the issue can go.
 */
final class IssueChanges {

	private IssueChanges() {
	}

	static int move(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("to", "at", "reason")).atMost(3);
		String to = required(arguments, "move", "to");
		return change(arguments, console, "move", issue -> {
			Instant at = AsOf.moment(arguments, "at");
			String author = System.getProperty("user.name");
			if (to.equals("reopen")) {
				IssueWorkflow.reopen(issue, at, author, required(arguments, "move", "reason"));
			} else {
				IssueStatus status = IssueStatus.get(camel(to));
				if (status == null) {
					throw new UsageException("issues move: --to is triaged, in-progress, waiting-on-partner, resolved, closed or "
							+ "reopen, not '" + to + "'");
				}
				IssueWorkflow.move(issue, status, at, author);
			}
			return issue.getId() + " is " + Labels.status(issue.getStatus());
		});
	}

	static int note(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("text", "shared", "at")).atMost(3);
		String text = required(arguments, "note", "text");
		boolean shared = arguments.option("shared", null) != null;
		return change(arguments, console, "note", issue -> {
			IssueWorkflow.update(issue, AsOf.moment(arguments, "at"), System.getProperty("user.name"), text, shared);
			return issue.getId() + ": " + (shared ? "update shared with the partner" : "internal note added");
		});
	}

	static int commit(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("what", "due", "at")).atMost(3);
		String what = required(arguments, "commit", "what");
		LocalDate due = AsOf.day(arguments, "due", null);
		if (due == null) {
			throw new UsageException("issues commit: --due DATE is required: a promise without a date is no timetable");
		}
		return change(arguments, console, "commit", issue -> {
			IssueWorkflow.commit(issue, what, due, AsOf.moment(arguments, "at"), System.getProperty("user.name"));
			return issue.getId() + ": promised '" + what + "' by " + due;
		});
	}

	static int tag(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("trait")).atMost(3);
		String trait = required(arguments, "tag", "trait");
		return change(arguments, console, "tag", issue -> {
			Engagement engagement = (Engagement) issue.eContainer();
			Dimension dimension = engagement.getInstruments().stream().map(i -> Instruments.dimension(i, trait))
					.flatMap(java.util.Optional::stream).findFirst()
					.orElseThrow(() -> new UsageException("issues tag: no instrument of the engagement has a trait '" + trait + "'"));
			if (!issue.getTraits().contains(dimension)) {
				issue.getTraits().add(dimension);
			}
			return issue.getId() + " is tagged " + String.join(", ", issue.getTraits().stream().map(Dimension::getName).toList());
		});
	}

	static int assign(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("support", "contact", "at")).atMost(3);
		String support = arguments.option("support", null);
		String contact = arguments.option("contact", null);
		if (support == null && contact == null) {
			throw new UsageException("issues assign: give --support PERSON (who in partner support owns the resolution) and/or "
					+ "--contact ID (the partner manager)");
		}
		return change(arguments, console, "assign", issue -> {
			Engagement engagement = (Engagement) issue.eContainer();
			Instant at = AsOf.moment(arguments, "at");
			if (contact != null) {
				issue.setOwner(Participants.find(engagement, contact.strip(), Path.of(arguments.operand(1, "ENG")), "issues assign"));
			}
			if (support != null) {
				Ownership.assign(engagement, issue, person(engagement, support.strip(), "issues assign"), at,
						System.getProperty("user.name"));
			}
			return issue.getId() + ": owned by " + (issue.getSupportOwner() == null ? "nobody in partner support"
					: issue.getSupportOwner().getName() + " (partner support)") + "; partner's contact "
					+ (issue.getOwner() == null ? "nobody" : issue.getOwner().getName());
		});
	}

	static int confirm(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("by", "at")).atMost(3);
		String by = required(arguments, "confirm", "by");
		return change(arguments, console, "confirm", issue -> {
			IssueWorkflow.confirm(issue, AsOf.moment(arguments, "at"), System.getProperty("user.name"), by);
			return issue.getId() + ": resolution confirmed by " + by;
		});
	}

	static int close(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("reason", "at")).atMost(3);
		String reason = arguments.option("reason", null);
		return change(arguments, console, "close", issue -> {
			IssueWorkflow.close(issue, AsOf.moment(arguments, "at"), System.getProperty("user.name"), reason);
			return issue.getId() + " is closed" + (issue.getConfirmedBy() != null ? ", confirmed by " + issue.getConfirmedBy()
					: " without the partner's confirmation: " + issue.getCloseReason());
		});
	}

	/** One of the engagement's people by id, whatever their role. */
	static Person person(Engagement engagement, String id, String command) throws UsageException {
		return engagement.getPeople().stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow(() -> new UsageException(command + ": the engagement has no person '" + id + "'"));
	}

	private interface Change {
		String apply(PartnerIssue issue) throws UsageException;
	}

	private static int change(Arguments arguments, Console console, String command, Change change) throws Exception {
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.operand(2, "the issue id, e.g. ISS-0001");
		try (EngagementDocument document = new EngagementStore().open(file)) {
			PartnerIssue issue = document.engagement().getIssues().stream().filter(i -> id.equals(i.getId())).findFirst()
					.orElseThrow(() -> new UsageException("issues " + command + ": " + file.getFileName() + " has no issue '" + id + "'"));
			String done;
			try {
				done = change.apply(issue);
			} catch (IllegalStateException | IllegalArgumentException e) {
				console.err().println("fulcrum: " + file.getFileName() + ": " + e.getMessage());
				return ExitCode.FINDINGS;
			}
			document.markDirty();
			document.save();
			console.out().println(done);
			return ExitCode.OK;
		}
	}

	private static String required(Arguments arguments, String command, String option) throws UsageException {
		String value = arguments.option(option, null);
		if (value == null || value.isBlank()) {
			throw new UsageException("issues " + command + ": --" + option + " is required");
		}
		return value.strip();
	}

	/** {@code waiting-on-partner} → {@code waitingOnPartner}, the model's literal. */
	static String camel(String words) {
		StringBuilder literal = new StringBuilder();
		boolean upper = false;
		for (char c : words.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '-' || c == ' ' || c == '_') {
				upper = true;
			} else {
				literal.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return literal.toString();
	}
}

package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.AsOf;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.issues.EscalationStep;
import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.IntakeRequest;
import org.fulcrum.issues.IssueIntake;
import org.fulcrum.issues.IssueReview;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.KeyIssues;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.issues.Labels;
import org.fulcrum.issues.PartnerViewText;
import org.fulcrum.issues.PartnerViews;
import org.fulcrum.issues.VpNotices;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;

/**
 * {@code ./fulcrum issues …}: the key partner issues as of a moment, the escalations and VP notices
 * due by then (applied, queued and saved), and what one partner may see.
 */
public final class IssuesCommand implements Command {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	@Override
	public String name() {
		return "issues";
	}

	@Override
	public String synopsis() {
		return "add ENG --partner ID --category TEXT --priority P1..P4 --title TEXT [--owner ID] [--channel phone|email|portal|meeting] "
				+ "[--raised-by TEXT] [--at DATE] | move ENG ISSUE --to STATUS|reopen [--reason TEXT] [--at DATE] "
				+ "| note ENG ISSUE --text TEXT [--shared] [--at DATE] | commit ENG ISSUE --what TEXT --due DATE [--at DATE] "
				+ "| tag ENG ISSUE --trait ID | list ENG [--as-of DATE] | escalate ENG --as-of DATE "
				+ "| assign ENG ISSUE [--support PERSON] [--contact ID] [--at DATE] | confirm ENG ISSUE --by TEXT [--at DATE] "
				+ "| close ENG ISSUE [--reason TEXT] [--at DATE] | path ENG [--level LEVEL --people ID,…] "
				+ "| outbox ENG [--pending] | send ENG (--mail FILE|--maildrop DIR) [--from ADDRESS] [--at DATE] "
				+ "| policy ENG [--priority P --response HOURS --resolution HOURS --update HOURS] [--recurrence-days N] "
				+ "[--inform-vp p1,recurrence,broken-promise|none] [--lapses-escalate yes|no] "
				+ "| partner-view ENG --partner ID [--as-of DATE] [--output FILE]";
	}

	@Override
	public String summary() {
		return "partner issues: take in, own, move, note, promise, confirm, close, tag; key issues; escalate to named people; "
				+ "the outbox; targets; the partner's view";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		return switch (Subcommand.of(arguments, name(), "add", "move", "note", "commit", "tag", "assign", "confirm", "close", "list",
				"escalate", "path", "outbox", "send", "policy", "partner-view")) {
		case "assign" -> IssueChanges.assign(arguments, console);
		case "confirm" -> IssueChanges.confirm(arguments, console);
		case "close" -> IssueChanges.close(arguments, console);
		case "path" -> IssueRouting.path(arguments, console);
		case "outbox" -> IssueRouting.outbox(arguments, console);
		case "send" -> IssueRouting.send(arguments, console);
		case "policy" -> IssuePolicyChange.run(arguments, console);
		case "add" -> add(arguments, console);
		case "move" -> IssueChanges.move(arguments, console);
		case "note" -> IssueChanges.note(arguments, console);
		case "commit" -> IssueChanges.commit(arguments, console);
		case "tag" -> IssueChanges.tag(arguments, console);
		case "list" -> list(arguments, console);
		case "escalate" -> escalate(arguments, console);
		default -> partnerView(arguments, console);
		};
	}

	private int add(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("partner", "category", "priority", "title", "owner", "support", "channel", "raised-by", "at"))
				.atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Priority priority = Priority.get(required(arguments, "priority").toLowerCase(Locale.ROOT));
		if (priority == null) {
			throw new UsageException("issues add: --priority is P1, P2, P3 or P4, not '" + arguments.option("priority", "") + "'");
		}
		IssueChannel channel = IssueChannel.get(arguments.option("channel", "phone"));
		if (channel == null) {
			throw new UsageException("issues add: --channel is phone, email, portal or meeting, not '" + arguments.option("channel", "")
					+ "'");
		}
		Instant at = AsOf.moment(arguments, "at");
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			String partnerId = required(arguments, "partner");
			PartnerOrganization partner = engagement.getPartners().stream().filter(p -> partnerId.equals(p.getId())).findFirst()
					.orElseThrow(() -> new UsageException("issues add: " + file.getFileName() + " has no partner '" + partnerId + "'"));
			String ownerId = arguments.option("owner", null);
			PartnerManager owner = ownerId == null ? null : Participants.find(engagement, ownerId, file, "issues add");
			String supportId = arguments.option("support", null);
			Person support = supportId == null ? null : IssueChanges.person(engagement, supportId.strip(), "issues add");
			PartnerIssue issue = new IssueIntake(IssueRules.of(engagement)).take(engagement, new IntakeRequest(partner,
					arguments.option("raised-by", null), channel, required(arguments, "category"), priority, required(arguments, "title"),
					null, owner, support, at));
			document.markDirty();
			document.save();
			console.out().printf("%s taken in: %s, %s%s; owned by %s%n", issue.getId(), Labels.priority(issue.getPriority()),
					issue.getTitle(), issue.getRecurrenceOf() == null ? ""
							: " (recurrence of " + issue.getRecurrenceOf().getId() + ": priority raised from " + Labels.priority(priority)
									+ ")",
					issue.getSupportOwner() == null ? "nobody in partner support yet (issues assign, or name partner support on the path)"
							: issue.getSupportOwner().getName() + " (partner support)");
			return ExitCode.OK;
		}
	}

	private static String required(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option, null);
		if (value == null || value.isBlank()) {
			throw new UsageException("issues add: --" + option + " is required");
		}
		return value.strip();
	}

	private int list(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("as-of")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Instant asOf = AsOf.moment(arguments, "as-of");
		Engagement engagement = new EngagementStore().read(file);
		KeyIssues key = new KeyIssuesQuery(IssueRules.of(engagement)).of(engagement, asOf);
		var out = console.out();
		out.printf("Key partner issues of %s as of %s%n", engagement.getName(), MOMENT.format(asOf));
		out.printf("open: %d; by priority: %s; by level: %s; by age: %s; by partner: %s%n", key.open().size(),
				counts(key.byPriority(), p -> Labels.priority(p)), counts(key.byLevel(), Labels::level),
				counts(key.byAge(), KeyIssues.AgeBand::label), counts(key.byPartner(), id -> id));
		for (KeyIssues.OpenIssue open : key.open()) {
			PartnerIssue issue = open.issue();
			out.printf("  %-9s %-3s %-18s %4dd  %-16s%s  %-22s %-22s %s%s%n", issue.getId(), Labels.priority(issue.getPriority()),
					open.status(), open.ageDays(), Labels.level(open.level()),
					open.dueLevel() != open.level() ? " (due: " + Labels.level(open.dueLevel()) + ")" : "",
					issue.getPartner().getName(), issue.getSupportOwner() == null ? "(no support owner)" : issue.getSupportOwner().getName(),
					issue.getTitle(),
					open.occurrence() > 1 ? "  [recurring, occurrence " + open.occurrence() + "]" : "");
		}
		out.println("recurring:" + (key.recurring().isEmpty() ? " none" : ""));
		key.recurring().forEach(r -> out.printf("  %s repeats %s (%s, %s): occurrence %d, now %s%n", r.issue().getId(),
				r.repeats().getId(), r.issue().getPartner().getName(), r.issue().getCategory(), r.occurrence(),
				Labels.priority(r.issue().getPriority())));
		out.println("broken commitments:" + (key.brokenCommitments().isEmpty() ? " none" : ""));
		key.brokenCommitments().forEach(b -> out.printf("  %s '%s' due %s, %s (%d day%s late)%n", b.issue().getId(),
				b.commitment().getDescription(), b.due(), b.done() == null ? "not done" : "done " + b.done(), b.daysLate(),
				b.daysLate() == 1 ? "" : "s"));
		out.println("resolved, not confirmed by the partner:" + (key.unconfirmed().isEmpty() ? " none" : ""));
		key.unconfirmed().forEach(u -> out.printf("  %s resolved %s, waiting %d day%s (%s; owner %s)%n", u.issue().getId(),
				MOMENT.format(u.resolved()), u.daysWaiting(), u.daysWaiting() == 1 ? "" : "s", u.issue().getTitle(),
				u.issue().getSupportOwner() == null ? "none" : u.issue().getSupportOwner().getName()));
		out.println("owed to the partner:" + (key.lapses().isEmpty() ? " none" : ""));
		key.lapses().forEach(l -> out.printf("  %s %s since %s: %s%n", l.issue().getId(), l.kind().label(),
				MOMENT.format(l.since()), l.detail()));
		return ExitCode.OK;
	}

	private int escalate(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("as-of")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		Instant asOf = AsOf.required(arguments, "as-of");
		try (EngagementDocument document = new EngagementStore().open(file)) {
			Engagement engagement = document.engagement();
			IssueReview.Result review = IssueReview.run(engagement, asOf);
			for (EscalationStep step : review.escalations()) {
				console.out().printf("%s  %s escalated to %s%s: %s (%s)%n", MOMENT.format(step.at()), step.issue().getId(),
						Labels.level(step.level()), names(EscalationPath.people(engagement, step.level())), step.reason(),
						step.issue().getTitle());
			}
			for (VpNotices.Due told : review.vpInformed()) {
				console.out().printf("%s  %s: VP of channels informed%s (%s)%n", MOMENT.format(told.at()), told.issue().getId(),
						names(EscalationPath.people(engagement, EscalationLevel.VP_OF_CHANNELS)), told.rule());
			}
			if (review.changed()) {
				document.markDirty();
				document.save();
			}
			console.out().println(review.escalations().size() + " escalations and " + review.vpInformed().size()
					+ " VP notices due as of " + MOMENT.format(asOf) + ", " + review.noticesQueued() + " notices queued in the outbox"
					+ (review.changed() ? "; saved " + file : "; " + file.getFileName() + " left as it was"));
			return ExitCode.OK;
		}
	}

	private int partnerView(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("partner", "as-of", "output")).atMost(2);
		Path file = Path.of(arguments.operand(1, "the engagement file ENG"));
		String id = arguments.option("partner", null);
		if (id == null || id.isEmpty()) {
			throw new UsageException("issues partner-view: --partner ID is required");
		}
		Instant asOf = AsOf.moment(arguments, "as-of");
		Engagement engagement = new EngagementStore().read(file);
		PartnerOrganization partner = engagement.getPartners().stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow(() -> new UsageException("issues partner-view: " + file.getFileName() + " has no partner '" + id + "'"));
		String text = PartnerViewText.render(PartnerViews.of(engagement, partner, asOf));
		String output = arguments.option("output", null);
		if (output == null) {
			console.out().print(text);
			return ExitCode.OK;
		}
		Path target = Path.of(output);
		try {
			Files.writeString(target, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException(target, "cannot be written: " + e.getMessage(), e);
		}
		console.out().println("wrote what " + partner.getName() + " sees to " + target);
		return ExitCode.OK;
	}

	private static String names(List<Person> people) {
		return people.isEmpty() ? " (nobody named)" : " (" + String.join(", ", people.stream().map(Person::getName).toList()) + ")";
	}

	private static <K> String counts(Map<K, Long> counts, java.util.function.Function<K, String> label) {
		return counts.isEmpty() ? "-"
				: counts.entrySet().stream().map(e -> label.apply(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
	}
}

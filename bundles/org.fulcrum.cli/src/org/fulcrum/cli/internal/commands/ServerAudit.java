package org.fulcrum.cli.internal.commands;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.server.internal.access.AccessAudit;
import org.fulcrum.server.internal.store.Database;

/**
 * {@code ./fulcrum server audit [--user U] [--engagement E] [--since DATE]}: the access audit, one
 * tab-separated line per entry: time, account, action, engagement, outcome, detail.
 */
final class ServerAudit {

	private ServerAudit() {
	}

	static int run(Arguments arguments, Console console, Database database) throws Exception {
		arguments.allowOnly(Set.of("config", "user", "engagement", "since")).atMost(1);
		Instant since = since(arguments);
		for (AccessAudit.Entry entry : new AccessAudit(database).query(arguments.option("user", null), arguments.option("engagement", null),
				since)) {
			console.out().printf("%s\t%s\t%s\t%s\t%s\t%s%n", entry.at(), text(entry.account()), entry.action(), text(entry.engagement()),
					entry.allowed() ? "allowed" : "refused", text(entry.detail()));
		}
		return ExitCode.OK;
	}

	/** {@code --since} as a date (the start of that day, UTC) or an instant such as 2026-12-01T09:00:00Z. */
	private static Instant since(Arguments arguments) throws UsageException {
		String value = arguments.option("since", null);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("T") ? Instant.parse(value.strip()) : LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
		} catch (DateTimeParseException e) {
			throw new UsageException(arguments.command() + ": --since needs a date like 2026-12-01 or a time like 2026-12-01T09:00:00Z, not '"
					+ value + "'");
		}
	}

	/** A value on one line: tabs and line breaks in names become spaces, so each entry stays one line. */
	private static String text(String value) {
		return value == null ? "-" : value.replaceAll("[\\t\\r\\n]", " ");
	}
}

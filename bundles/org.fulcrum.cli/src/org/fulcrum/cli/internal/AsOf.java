package org.fulcrum.cli.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The moments and days commands take: {@code 2026-12-01} is the start of that day in UTC,
 * {@code 2026-12-01T14:00Z} or {@code 2026-12-01T14:00} (UTC) a moment. Issues and plans are
 * computed as of such a moment, so the same command gives the same answer tomorrow.
 */
public final class AsOf {

	private AsOf() {
	}

	/** The option's moment, or now when it is not given. */
	public static Instant moment(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option, null);
		return value == null ? Instant.now() : parse(arguments, option, value);
	}

	/** The option's moment; a usage error when it is missing. */
	public static Instant required(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option, null);
		if (value == null || value.isEmpty()) {
			throw new UsageException(arguments.command() + ": --" + option + " DATE is required, e.g. --" + option + " 2026-12-01");
		}
		return parse(arguments, option, value);
	}

	/** The option's day, or {@code fallback}. */
	public static LocalDate day(Arguments arguments, String option, LocalDate fallback) throws UsageException {
		String value = arguments.option(option, null);
		if (value == null) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new UsageException(arguments.command() + ": --" + option + " needs a date like 2026-12-01, not '" + value + "'");
		}
	}

	public static LocalDate today(Instant moment) {
		return LocalDate.ofInstant(moment, ZoneOffset.UTC);
	}

	private static Instant parse(Arguments arguments, String option, String value) throws UsageException {
		String text = value.strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return java.time.OffsetDateTime.parse(text).toInstant();
			}
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			throw new UsageException(arguments.command() + ": --" + option + " needs a date like 2026-12-01 or a moment like "
					+ "2026-12-01T14:00Z, not '" + value + "'");
		}
	}
}

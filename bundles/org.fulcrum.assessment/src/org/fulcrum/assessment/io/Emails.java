package org.fulcrum.assessment.io;

import org.fulcrum.core.io.CsvTable;

/** A plausibility check of e-mail addresses: one {@code @}, something on each side, no spaces. */
final class Emails {

	private Emails() {
	}

	/** The key two e-mails are the same person by: the address ignoring case. */
	static String key(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	static String check(Problems problems, CsvTable.Row row, String email) {
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(row.line(), "email", email.isEmpty() ? "is empty" : "'" + email + "' is not an e-mail address");
		}
		return email;
	}
}

package org.fulcrum.server.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Appends to the audit table, in the caller's transaction: the event and the sheet's version, never an answer. */
final class Audit {

	enum Event {
		PUBLISHED, OPENED, SAVED, SUBMITTED, REMINDED, WITHDRAWN
	}

	/** Completes {@code WITH changed AS (UPDATE sheet ... RETURNING id, version)}: the audit row in the update's own statement; the event is its one parameter. */
	static final String INSERT_FROM_CHANGED = "INSERT INTO audit (at, sheet_id, event, version) SELECT CURRENT_TIMESTAMP, id, ?, version FROM changed";

	private Audit() {
	}

	static String word(Event event) {
		return event.name().toLowerCase(java.util.Locale.ROOT);
	}

	static void record(Connection connection, long sheetId, Event event, int version) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO audit (at, sheet_id, event, version) VALUES (CURRENT_TIMESTAMP, ?, ?, ?)")) {
			insert.setLong(1, sheetId);
			insert.setString(2, word(event));
			insert.setInt(3, version);
			insert.executeUpdate();
		}
	}
}

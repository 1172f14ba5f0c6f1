package org.fulcrum.server.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Appends to the audit table, in the caller's transaction: the event and the sheet's version, never an answer. */
final class Audit {

	enum Event {
		PUBLISHED, OPENED, SAVED, SUBMITTED, REMINDED, WITHDRAWN
	}

	private Audit() {
	}

	static void record(Connection connection, long sheetId, Event event, int version) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO audit (at, sheet_id, event, version) VALUES (CURRENT_TIMESTAMP, ?, ?, ?)")) {
			insert.setLong(1, sheetId);
			insert.setString(2, event.name().toLowerCase(java.util.Locale.ROOT));
			insert.setInt(3, version);
			insert.executeUpdate();
		}
	}
}

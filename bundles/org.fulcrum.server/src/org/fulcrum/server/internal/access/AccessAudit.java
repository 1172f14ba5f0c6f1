package org.fulcrum.server.internal.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fulcrum.server.internal.store.Database;

/**
 * The append-only access audit: who was allowed or refused what on which engagement, and when;
 * sign-ins and the administrator's changes. Never an answer, a password or a key. Only inserts.
 */
public final class AccessAudit {

	/** One row as the administrator reads it. */
	public record Entry(Instant at, String account, String action, String engagement, boolean allowed, String detail) {
	}

	private final Database database;

	public AccessAudit(Database database) {
		this.database = database;
	}

	/** Appends a row in the caller's transaction. */
	public static void record(Connection connection, String account, String action, String engagement, boolean allowed, String detail)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO access_audit (at, account, action, engagement, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
			insert.setTimestamp(1, Timestamp.from(Instant.now()));
			insert.setString(2, clip(account, 200));
			insert.setString(3, action);
			insert.setString(4, clip(engagement, 200));
			insert.setString(5, allowed ? "allowed" : "refused");
			insert.setString(6, clip(detail, 1000));
			insert.executeUpdate();
		}
	}

	/** Appends a row in a transaction of its own. */
	public void record(String account, String action, String engagement, boolean allowed, String detail) throws SQLException {
		database.transaction(connection -> {
			record(connection, account, action, engagement, allowed, detail);
			return null;
		});
	}

	/** The rows matching every filter given (null filters nothing), oldest first. */
	public List<Entry> query(String account, String engagement, Instant since) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT at, account, action, engagement, outcome, detail FROM access_audit WHERE 1 = 1");
		List<Object> parameters = new ArrayList<>();
		if (account != null) {
			sql.append(" AND account = ?");
			parameters.add(account);
		}
		if (engagement != null) {
			sql.append(" AND engagement = ?");
			parameters.add(engagement);
		}
		if (since != null) {
			sql.append(" AND at >= ?");
			parameters.add(Timestamp.from(since));
		}
		sql.append(" ORDER BY at, id");
		return database.transaction(connection -> {
			List<Entry> entries = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
				for (int i = 0; i < parameters.size(); i++) {
					select.setObject(i + 1, parameters.get(i));
				}
				select.setFetchSize(1000);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						entries.add(new Entry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
								"allowed".equals(row.getString(5)), row.getString(6)));
					}
				}
			}
			return entries;
		});
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}
}

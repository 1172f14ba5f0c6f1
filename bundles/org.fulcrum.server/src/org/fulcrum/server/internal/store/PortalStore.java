package org.fulcrum.server.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fulcrum.server.internal.store.RaterSheet.Status;
import org.fulcrum.server.protocol.FormDocument;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.Secrets;

/**
 * The rater's side of the database. A rater is only ever known by a session, which leads to
 * exactly one sheet: every query here is by the session's or the link's hash, never by an id a
 * request could choose.
 */
public final class PortalStore {

	/** What a save came to. */
	public enum Saved {
		SAVED, SUBMITTED, CLOSED, STALE
	}

	private final Database database;
	private final Duration sessionLifetime;
	private final Map<Long, FormDocument> forms = new ConcurrentHashMap<>();
	private final Map<Long, String> formTexts = new ConcurrentHashMap<>();
	/** Pages and saves within a second of the last read take the session and sheet from memory (see {@link SessionCache}). */
	private final SessionCache cache = new SessionCache(Duration.ofSeconds(1).toNanos());

	public PortalStore(Database database, Duration sessionLifetime) {
		this.database = database;
		this.sessionLifetime = sessionLifetime;
	}

	/** What a link's token opened: a new session (the cookie value), or a withdrawn invitation's closed sheet. */
	public record Opened(String session, boolean withdrawn) {
	}

	/** A new session for the sheet the link's token opens; empty for an unknown token, withdrawn (and no session) for a withdrawn one. */
	public Optional<Opened> openSession(String token) throws SQLException {
		String tokenHash = Secrets.hash(token);
		return database.transaction(connection -> {
			long sheet;
			int version;
			boolean first;
			try (PreparedStatement select = connection
					.prepareStatement("SELECT id, version, first_opened, status FROM sheet WHERE token_hash = ?")) {
				select.setString(1, tokenHash);
				try (ResultSet row = select.executeQuery()) {
					if (!row.next()) {
						return Optional.empty();
					}
					if (Status.of(row.getString(4)) == Status.WITHDRAWN) {
						return Optional.of(new Opened(null, true));
					}
					sheet = row.getLong(1);
					version = row.getInt(2);
					first = row.getTimestamp(3) == null;
				}
			}
			String session = Secrets.fresh();
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO rater_session (session_hash, sheet_id, csrf, expires) VALUES (?, ?, ?, ?)")) {
				insert.setString(1, Secrets.hash(session));
				insert.setLong(2, sheet);
				insert.setString(3, Secrets.fresh());
				insert.setTimestamp(4, Timestamp.from(Instant.now().plus(sessionLifetime)));
				insert.executeUpdate();
			}
			if (first) {
				try (PreparedStatement update = connection.prepareStatement("UPDATE sheet SET first_opened = CURRENT_TIMESTAMP WHERE id = ?")) {
					update.setLong(1, sheet);
					update.executeUpdate();
				}
				Audit.record(connection, sheet, Audit.Event.OPENED, version);
			}
			return Optional.of(new Opened(session, false));
		});
	}

	/** The sheet of a live session; empty for an unknown or expired one. */
	public Optional<RaterSheet> sheet(String session) throws SQLException {
		return sheet(session, 0);
	}

	/**
	 * The sheet of a live session, at least at {@code atLeastVersion}: a page right after a save
	 * names the version the save committed, so that a server whose memory holds an older copy
	 * (the save went through another server on the same database) reads the sheet again.
	 */
	public Optional<RaterSheet> sheet(String session, int atLeastVersion) throws SQLException {
		String sessionHash = Secrets.hash(session);
		Optional<RaterSheet> cached = cache.get(sessionHash);
		if (cached.isPresent() && cached.get().version() >= atLeastVersion) {
			return cached;
		}
		return database.transaction(connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT s.id, r.csrf, e.name, e.threshold, s.participant, "
					+ "s.relationship, s.status, s.language, s.answers, s.comments, s.version, f.id, f.document, s.submitted, r.expires "
					+ "FROM rater_session r JOIN sheet s ON s.id = r.sheet_id JOIN form f ON f.id = s.form_id "
					+ "JOIN engagement e ON e.id = f.engagement_id WHERE r.session_hash = ? AND r.expires > ?")) {
				select.setString(1, sessionHash);
				select.setTimestamp(2, Timestamp.from(Instant.now()));
				try (ResultSet row = select.executeQuery()) {
					if (!row.next()) {
						return Optional.empty();
					}
					Timestamp submitted = row.getTimestamp(14);
					RaterSheet sheet = new RaterSheet(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5),
							row.getString(6), Status.of(row.getString(7)), row.getString(8), strings(row.getString(9)),
							strings(row.getString(10)), row.getInt(11), form(row.getLong(12), row.getString(13)),
							submitted == null ? null : submitted.toInstant());
					cache.loaded(sessionHash, sheet, row.getTimestamp(15).toInstant());
					return Optional.of(sheet);
				}
			}
		});
	}

	/** Forgets what memory holds of a sheet that changed outside the rater's session (withdrawn, republished). */
	public void forgetSheet(long sheetId) {
		cache.forgetSheet(sheetId);
	}

	/**
	 * Saves the sheet's answers and comments (and submits it when {@code submit}), only if it is
	 * still open and still at {@code version}: a second window's older copy does not overwrite a
	 * newer save. Returns once the transaction is committed.
	 */
	public Saved save(RaterSheet sheet, int version, Map<String, String> answers, Map<String, String> comments, String language,
			boolean submit) throws SQLException {
		String answersJson = Json.write(answers);
		String commentsJson = Json.write(comments);
		Saved saved = database.transaction(connection -> {
			if (updated(connection, sheet.sheetId(), version, answersJson, commentsJson, language, submit)) {
				return submit ? Saved.SUBMITTED : Saved.SAVED;
			}
			try (PreparedStatement select = connection.prepareStatement("SELECT status FROM sheet WHERE id = ?")) {
				select.setLong(1, sheet.sheetId());
				try (ResultSet row = select.executeQuery()) {
					return row.next() && row.getString(1).equals("open") ? Saved.STALE : Saved.CLOSED;
				}
			}
		});
		// Committed: memory now holds what the database holds (or forgets a sheet someone else changed).
		if (saved == Saved.SAVED || saved == Saved.SUBMITTED) {
			cache.committed(new RaterSheet(sheet.sheetId(), null, sheet.engagement(), sheet.threshold(), sheet.participant(),
					sheet.relationship(), submit ? Status.SUBMITTED : Status.OPEN, language,
					java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers)),
					java.util.Collections.unmodifiableMap(new LinkedHashMap<>(comments)), version + 1, sheet.form(),
					submit ? Instant.now() : null));
		} else {
			cache.forgetSheet(sheet.sheetId());
		}
		return saved;
	}

	/**
	 * The conditional update and its audit row. On PostgreSQL both go in one statement (one round
	 * trip, then the commit); elsewhere as two statements in the same transaction.
	 */
	private boolean updated(java.sql.Connection connection, long sheetId, int version, String answers, String comments, String language,
			boolean submit) throws SQLException {
		String update = "UPDATE sheet SET answers = ?, comments = ?, language = ?, version = version + 1, last_saved = CURRENT_TIMESTAMP, "
				+ "status = ?, submitted = " + (submit ? "CURRENT_TIMESTAMP" : "NULL") + " WHERE id = ? AND status = 'open' AND version = ?";
		Audit.Event event = submit ? Audit.Event.SUBMITTED : Audit.Event.SAVED;
		String sql = database.postgres() ? "WITH changed AS (" + update + " RETURNING id, version) " + Audit.INSERT_FROM_CHANGED : update;
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, answers);
			statement.setString(2, comments);
			statement.setString(3, language);
			statement.setString(4, submit ? "submitted" : "open");
			statement.setLong(5, sheetId);
			statement.setInt(6, version);
			if (database.postgres()) {
				statement.setString(7, Audit.word(event));
			}
			if (statement.executeUpdate() != 1) {
				return false;
			}
		}
		if (!database.postgres()) {
			Audit.record(connection, sheetId, event, version + 1);
		}
		return true;
	}

	/** Ends a session (the rater's "leave" link); expired sessions are removed by {@link #forgetExpiredSessions}. */
	public void endSession(String session) throws SQLException {
		cache.forgetSession(Secrets.hash(session));
		database.transaction(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rater_session WHERE session_hash = ?")) {
				delete.setString(1, Secrets.hash(session));
				return delete.executeUpdate();
			}
		});
	}

	public int forgetExpiredSessions() throws SQLException {
		cache.forgetExpired();
		return database.transaction(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rater_session WHERE expires <= ?")) {
				delete.setTimestamp(1, Timestamp.from(Instant.now()));
				return delete.executeUpdate();
			}
		});
	}

	private FormDocument form(long id, String text) {
		if (!text.equals(formTexts.get(id))) {
			forms.put(id, FormDocument.fromJson(text));
			formTexts.put(id, text);
		}
		return forms.get(id);
	}

	static Map<String, String> strings(String json) {
		Map<String, String> map = new LinkedHashMap<>();
		Json.object(json).forEach((k, v) -> map.put(k, String.valueOf(v)));
		return map;
	}
}

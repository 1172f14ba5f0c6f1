package org.fulcrum.server.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.server.internal.access.AccessDecisions;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Action;
import org.fulcrum.server.internal.access.Caller;
import org.fulcrum.server.internal.access.Decision;
import org.fulcrum.server.protocol.FormDocument;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.Secrets;
import org.fulcrum.server.protocol.Publication;

/**
 * The consultant's side of the database: an engagement is one per name (its id), and who may
 * reach it is decided by {@link org.fulcrum.server.internal.access.AccessDecisions} before any
 * method here runs; publishing a new name makes the publisher its owner in the same transaction.
 */
public final class ApiStore {

	/** What a publication changed: new invitations, ones the server had already, questionnaires replaced; or the decision that refused it. */
	public record Published(int added, int known, int forms, Decision refused) {
	}

	private final Database database;
	private final java.util.function.LongConsumer sheetChanged;

	/** For key administration and tools without a running portal (nothing in memory to tell of changes). */
	public ApiStore(Database database) {
		this(database, sheet -> {
		});
	}

	/** {@code sheetChanged} hears of each sheet this store changed behind its rater's session (withdrawn), after the commit. */
	public ApiStore(Database database, java.util.function.LongConsumer sheetChanged) {
		this.database = database;
		this.sheetChanged = sheetChanged;
	}

	/** A key for {@code owner}, with a consultant account of that name if there is none (tests, the demo, server-key create). */
	public String createKey(String owner) throws SQLException {
		return new Accounts(database, "server").keyFor(owner);
	}

	/**
	 * Publishes (or publishes again) an engagement's questionnaires and open invitations for
	 * {@code caller} (who owns the engagement from now on if nobody held it). Invitations the server has already are left as they are, answers included, so
	 * publishing twice changes nothing; a token that belongs to another engagement is refused.
	 */
	public Published publish(Caller caller, Publication publication) throws SQLException {
		return database.transaction(connection -> {
			// The row first, then the decision, in this transaction: whoever created the engagement
			// meanwhile is its holder by then, so nobody publishes into an engagement not given to them.
			Optional<Long> existing = engagementId(connection, publication.engagement());
			Decision decision = AccessDecisions.decide(connection, caller, publication.engagement(), Action.PORTAL_PUBLISH);
			if (!decision.allowed()) {
				return new Published(0, 0, 0, decision);
			}
			long engagement = existing.isPresent() ? renamed(connection, existing.get(), publication) : created(connection, caller, publication);
			Map<String, Long> forms = new HashMap<>();
			for (Map.Entry<String, FormDocument> form : publication.forms().entrySet()) {
				forms.put(form.getKey(), form(connection, engagement, form.getKey(), form.getValue().toJson()));
			}
			Set<String> known = new HashSet<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT s.token_hash, f.engagement_id FROM sheet s "
					+ "JOIN form f ON f.id = s.form_id WHERE s.token_hash = ?")) {
				for (Publication.Invitation invitation : publication.invitations()) {
					select.setString(1, invitation.tokenHash());
					try (ResultSet row = select.executeQuery()) {
						if (row.next()) {
							if (row.getLong(2) != engagement) {
								throw new IllegalArgumentException("a token of this publication belongs to another engagement");
							}
							known.add(invitation.tokenHash());
						}
					}
				}
			}
			int added = 0;
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sheet (form_id, token_hash, participant, relationship, "
					+ "status, answers, comments, version, created) VALUES (?, ?, ?, ?, 'open', '{}', '{}', 0, CURRENT_TIMESTAMP)",
					Statement.RETURN_GENERATED_KEYS)) {
				for (Publication.Invitation invitation : publication.invitations()) {
					if (!known.add(invitation.tokenHash())) {
						continue;
					}
					insert.setLong(1, forms.get(invitation.form()));
					insert.setString(2, invitation.tokenHash());
					insert.setString(3, invitation.participant());
					insert.setString(4, invitation.relationship());
					insert.executeUpdate();
					try (ResultSet key = insert.getGeneratedKeys()) {
						key.next();
						Audit.record(connection, key.getLong(1), Audit.Event.PUBLISHED, 0);
					}
					added++;
				}
			}
			return new Published(added, publication.invitations().size() - added, forms.size(), null);
		});
	}

	private static long renamed(Connection connection, long engagement, Publication publication) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE engagement SET name = ?, threshold = ? WHERE id = ?")) {
			update.setString(1, publication.name());
			update.setInt(2, publication.threshold());
			update.setLong(3, engagement);
			update.executeUpdate();
		}
		return engagement;
	}

	private static long created(Connection connection, Caller caller, Publication publication) throws SQLException {
		AccessDecisions.claim(connection, publication.engagement(), caller);
		// A second first publication of the same name at the same moment fails on the unique ref: one owner only.
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO engagement (api_key_id, ref, name, threshold, published) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
				Statement.RETURN_GENERATED_KEYS)) {
			if (caller.keyId() == null) {
				insert.setNull(1, java.sql.Types.BIGINT);
			} else {
				insert.setLong(1, caller.keyId());
			}
			insert.setString(2, publication.engagement());
			insert.setString(3, publication.name());
			insert.setInt(4, publication.threshold());
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	private static Optional<Long> engagementId(Connection connection, String ref) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM engagement WHERE ref = ?")) {
			select.setString(1, ref);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
			}
		}
	}

	private static long form(Connection connection, long engagement, String ref, String document) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE form SET document = ? WHERE engagement_id = ? AND ref = ?")) {
			update.setString(1, document);
			update.setLong(2, engagement);
			update.setString(3, ref);
			if (update.executeUpdate() == 0) {
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO form (engagement_id, ref, document) VALUES (?, ?, ?)")) {
					insert.setLong(1, engagement);
					insert.setString(2, ref);
					insert.setString(3, document);
					insert.executeUpdate();
				}
			}
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM form WHERE engagement_id = ? AND ref = ?")) {
			select.setLong(1, engagement);
			select.setString(2, ref);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	/**
	 * The submitted sheets of an engagement as a JSON array of {@code {tokenHash, submitted,
	 * language, answers, comments}}; empty when the server has no such engagement.
	 */
	public Optional<String> submittedSheets(String ref) throws SQLException {
		return database.transaction(connection -> {
			Optional<Long> engagement = engagementId(connection, ref);
			if (engagement.isEmpty()) {
				return Optional.empty();
			}
			StringBuilder json = new StringBuilder("[");
			try (PreparedStatement select = connection.prepareStatement("SELECT s.token_hash, s.submitted, s.answers, s.comments "
					+ "FROM sheet s JOIN form f ON f.id = s.form_id WHERE f.engagement_id = ? AND s.status = 'submitted' ORDER BY s.id")) {
				select.setLong(1, engagement.get());
				select.setFetchSize(1000);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						if (json.length() > 1) {
							json.append(',');
						}
						// answers and comments are stored as JSON this server wrote: they go out as they are.
						json.append("{\"tokenHash\":").append(Json.write(row.getString(1))).append(",\"submitted\":")
								.append(Json.write(row.getTimestamp(2).toInstant().toString())).append(",\"answers\":").append(row.getString(3))
								.append(",\"comments\":").append(row.getString(4)).append('}');
					}
				}
			}
			return Optional.of(json.append(']').toString());
		});
	}

	/**
	 * Each sheet's progress (never an answer) as a JSON array of {@code {tokenHash, status,
	 * published, opened, saved, submitted, reminders}}: what status and reminders need.
	 */
	public Optional<String> progress(String ref) throws SQLException {
		return database.transaction(connection -> {
			Optional<Long> engagement = engagementId(connection, ref);
			if (engagement.isEmpty()) {
				return Optional.empty();
			}
			List<Object> sheets = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT s.token_hash, s.status, s.first_opened, s.last_saved, "
					+ "s.submitted, s.created, (SELECT COUNT(*) FROM audit a WHERE a.sheet_id = s.id AND a.event = 'reminded') "
					+ "FROM sheet s JOIN form f ON f.id = s.form_id WHERE f.engagement_id = ? ORDER BY s.id")) {
				select.setLong(1, engagement.get());
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						Map<String, Object> sheet = new java.util.LinkedHashMap<>();
						sheet.put("tokenHash", row.getString(1));
						sheet.put("status", row.getString(2));
						sheet.put("published", time(row.getTimestamp(6)));
						sheet.put("opened", time(row.getTimestamp(3)));
						sheet.put("saved", time(row.getTimestamp(4)));
						sheet.put("submitted", time(row.getTimestamp(5)));
						sheet.put("reminders", row.getInt(7));
						sheets.add(sheet);
					}
				}
			}
			return Optional.of(Json.write(sheets));
		});
	}

	/**
	 * Withdraws open sheets (the invitation was declined or cancelled): their links stop working.
	 * Returns how many changed; submitted sheets stay as they are.
	 */
	public Optional<Integer> withdraw(String ref, List<String> tokenHashes) throws SQLException {
		List<Long> withdrawn = new ArrayList<>();
		Optional<Integer> result = database.transaction(connection -> {
			withdrawn.clear();
			Optional<Long> engagement = engagementId(connection, ref);
			if (engagement.isEmpty()) {
				return Optional.empty();
			}
			int changed = 0;
			try (PreparedStatement update = connection.prepareStatement("UPDATE sheet SET status = 'withdrawn', version = version + 1 "
					+ "WHERE token_hash = ? AND status = 'open' AND form_id IN (SELECT id FROM form WHERE engagement_id = ?)");
					PreparedStatement select = connection.prepareStatement("SELECT id, version FROM sheet WHERE token_hash = ?")) {
				for (String hash : tokenHashes) {
					update.setString(1, hash);
					update.setLong(2, engagement.get());
					if (update.executeUpdate() == 1) {
						select.setString(1, hash);
						try (ResultSet row = select.executeQuery()) {
							row.next();
							Audit.record(connection, row.getLong(1), Audit.Event.WITHDRAWN, row.getInt(2));
							withdrawn.add(row.getLong(1));
						}
						changed++;
					}
				}
			}
			return Optional.of(changed);
		});
		withdrawn.forEach(sheetChanged::accept);
		return result;
	}

	/** Records that reminders went out (the consultant's side sends them): an audit entry per open sheet. */
	public Optional<Integer> reminded(String ref, List<String> tokenHashes) throws SQLException {
		return database.transaction(connection -> {
			Optional<Long> engagement = engagementId(connection, ref);
			if (engagement.isEmpty()) {
				return Optional.empty();
			}
			int count = 0;
			try (PreparedStatement select = connection.prepareStatement("SELECT s.id, s.version FROM sheet s JOIN form f ON f.id = s.form_id "
					+ "WHERE s.token_hash = ? AND f.engagement_id = ? AND s.status = 'open'")) {
				for (String hash : tokenHashes) {
					select.setString(1, hash);
					select.setLong(2, engagement.get());
					try (ResultSet row = select.executeQuery()) {
						if (row.next()) {
							Audit.record(connection, row.getLong(1), Audit.Event.REMINDED, row.getInt(2));
							count++;
						}
					}
				}
			}
			return Optional.of(count);
		});
	}

	private static String time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().toString();
	}
}

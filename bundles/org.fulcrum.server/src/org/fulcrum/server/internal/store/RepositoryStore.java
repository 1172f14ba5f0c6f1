package org.fulcrum.server.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The team repository's engagements and their versions (tables of {@code V3__repository.sql}).
 * Every version is stored complete. A push names the version it was based on; it becomes the new
 * latest only if that base still is the latest, decided by one conditional {@code UPDATE} of the
 * engagement's row in the same transaction as the insert, so that two pushes on the same base,
 * through one server or several on the same database, never both win. Who may do what is decided
 * by the caller ({@code RepositoryAccess}); this class only stores.
 */
public final class RepositoryStore {

	/** An engagement of the repository without its content. */
	public record Entry(long id, String name, Instant created, String createdBy, int latest, Instant updated, String updatedBy) {
	}

	/** One version as the history lists it. */
	public record VersionInfo(int number, int base, Integer restoredFrom, String author, Instant at, String message, long size, long stored) {
	}

	/** One version with its content (as stored: the encoding names how to read it). */
	public record Version(VersionInfo info, String encoding, byte[] content) {
	}

	/** What a push or restore did: stored as {@code number}, or refused because {@code latest} is newer than its base. */
	public sealed interface Outcome permits Stored, Refused {
	}

	public record Stored(VersionInfo version) implements Outcome {
	}

	/** Refused: the latest version (null when the push wanted a new name that exists, or a base of a missing one). */
	public record Refused(VersionInfo latest, String reason) implements Outcome {
	}

	private final Database database;

	public RepositoryStore(Database database) {
		this.database = database;
	}

	/** The owner's name of a live API key (the account it stands for until accounts exist). */
	public Optional<String> account(long keyId) throws SQLException {
		return database.transaction(connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT owner FROM api_key WHERE id = ? AND revoked IS NULL")) {
				select.setLong(1, keyId);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
				}
			}
		});
	}

	public Optional<Entry> entry(String name) throws SQLException {
		return database.transaction(connection -> entry(connection, name, false));
	}

	/**
	 * The engagements whose name contains {@code search} (any case; null or blank: all), sorted by
	 * name, at most {@code limit}, and from the start of {@code after} (exclusive) for paging.
	 */
	public List<Entry> list(String search, String after, int limit) throws SQLException {
		return database.transaction(connection -> {
			StringBuilder sql = new StringBuilder(SELECT_ENTRY).append(" WHERE 1 = 1");
			List<String> parameters = new ArrayList<>();
			if (search != null && !search.isBlank()) {
				sql.append(" AND name_key LIKE ? ESCAPE '\\'");
				parameters.add("%" + likeEscaped(key(search.strip())) + "%");
			}
			if (after != null) {
				sql.append(" AND name_key > ?");
				parameters.add(key(after));
			}
			sql.append(" ORDER BY name_key LIMIT ").append(Math.max(1, limit));
			List<Entry> entries = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
				for (int i = 0; i < parameters.size(); i++) {
					select.setString(i + 1, parameters.get(i));
				}
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						entries.add(entry(row));
					}
				}
			}
			return entries;
		});
	}

	/** The history, newest first; empty when there is no such engagement. */
	public Optional<List<VersionInfo>> history(String name) throws SQLException {
		return database.transaction(connection -> {
			Optional<Entry> entry = entry(connection, name, false);
			if (entry.isEmpty()) {
				return Optional.empty();
			}
			List<VersionInfo> versions = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT " + INFO + " FROM repo_version WHERE engagement_id = ? ORDER BY number DESC")) {
				select.setLong(1, entry.get().id());
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						versions.add(info(row));
					}
				}
			}
			return Optional.of(versions);
		});
	}

	/** Version {@code number} (0: the latest) with its content; empty when either does not exist. */
	public Optional<Version> version(String name, int number) throws SQLException {
		return database.transaction(connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT " + INFO + ", v.encoding, v.content FROM repo_version v "
					+ "JOIN repo_engagement e ON e.id = v.engagement_id WHERE e.name = ? AND v.number = "
					+ (number == 0 ? "e.latest" : "?"))) {
				select.setString(1, name);
				if (number != 0) {
					select.setInt(2, number);
				}
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? Optional.of(new Version(info(row), row.getString(10), row.getBytes(11))) : Optional.empty();
				}
			}
		});
	}

	/**
	 * Stores a new version of {@code name} made from version {@code base} (0: the first version of
	 * a new engagement, whose author then created it). Refused when {@code base} is not the latest,
	 * or when a new name is taken.
	 */
	public Outcome push(String name, int base, String author, String message, String encoding, byte[] content, long size) throws SQLException {
		try {
			return database.transaction(connection -> {
				if (base == 0) {
					Optional<Entry> existing = entry(connection, name, false);
					if (existing.isPresent()) {
						return refused(connection, existing.get(), "'" + name + "' exists already in the repository");
					}
					long id = create(connection, name, author);
					return new Stored(insert(connection, id, 1, 0, null, author, message, encoding, content, size));
				}
				Optional<Entry> entry = entry(connection, name, false);
				if (entry.isEmpty()) {
					return new Refused(null, "there is no engagement '" + name + "' in the repository");
				}
				if (!advance(connection, entry.get().id(), base, author)) {
					Entry now = entry(connection, name, false).orElseThrow();
					return refused(connection, now, "version " + base + " is not the latest of '" + name + "'");
				}
				return new Stored(insert(connection, entry.get().id(), base + 1, base, null, author, message, encoding, content, size));
			});
		} catch (SQLException e) {
			// Two first pushes of one name at once: the unique name (or number) decides, the loser is told.
			if (isLostRace(e)) {
				Optional<Entry> entry = entry(name);
				return new Refused(entry.isEmpty() ? null : latestInfo(entry.get()), "'" + name + "' was changed at the same moment by someone else");
			}
			throw e;
		}
	}

	/** Makes a new latest version equal to version {@code number}; empty when there is no such version. */
	public Optional<Outcome> restore(String name, int number, String author) throws SQLException {
		return database.transaction(connection -> {
			Optional<Entry> entry = entry(connection, name, true);
			if (entry.isEmpty()) {
				return Optional.empty();
			}
			long id = entry.get().id();
			int latest = entry.get().latest();
			String encoding;
			byte[] content;
			long size;
			try (PreparedStatement select = connection.prepareStatement("SELECT encoding, content, size FROM repo_version WHERE engagement_id = ? AND number = ?")) {
				select.setLong(1, id);
				select.setInt(2, number);
				try (ResultSet row = select.executeQuery()) {
					if (!row.next()) {
						return Optional.empty();
					}
					encoding = row.getString(1);
					content = row.getBytes(2);
					size = row.getLong(3);
				}
			}
			if (!advance(connection, id, latest, author)) {
				return Optional.of(refused(connection, entry(connection, name, false).orElseThrow(), "'" + name + "' changed meanwhile"));
			}
			return Optional.of(new Stored(insert(connection, id, latest + 1, latest, number, author, "restored version " + number, encoding, content, size)));
		});
	}

	private static Refused refused(Connection connection, Entry entry, String reason) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT " + INFO + " FROM repo_version WHERE engagement_id = ? AND number = ?")) {
			select.setLong(1, entry.id());
			select.setInt(2, entry.latest());
			try (ResultSet row = select.executeQuery()) {
				return new Refused(row.next() ? info(row) : null, reason);
			}
		}
	}

	private VersionInfo latestInfo(Entry entry) throws SQLException {
		return database.transaction(connection -> refused(connection, entry, "").latest());
	}

	/** The compare-and-set: moves latest from {@code base} to {@code base + 1}, or changes nothing when it is not {@code base}. */
	private static boolean advance(Connection connection, long id, int base, String author) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE repo_engagement SET latest = ?, updated = CURRENT_TIMESTAMP, updated_by = ? WHERE id = ? AND latest = ?")) {
			update.setInt(1, base + 1);
			update.setString(2, author);
			update.setLong(3, id);
			update.setInt(4, base);
			return update.executeUpdate() == 1;
		}
	}

	private static long create(Connection connection, String name, String author) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO repo_engagement (name, name_key, created, created_by, latest, updated, updated_by) "
				+ "VALUES (?, ?, CURRENT_TIMESTAMP, ?, 1, CURRENT_TIMESTAMP, ?)", Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, name);
			insert.setString(2, key(name));
			insert.setString(3, author);
			insert.setString(4, author);
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	private static VersionInfo insert(Connection connection, long id, int number, int base, Integer restoredFrom, String author, String message,
			String encoding, byte[] content, long size) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO repo_version (engagement_id, number, base, restored_from, author, at, "
				+ "message, encoding, content, size, stored) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, id);
			insert.setInt(2, number);
			insert.setInt(3, base);
			if (restoredFrom == null) {
				insert.setNull(4, java.sql.Types.INTEGER);
			} else {
				insert.setInt(4, restoredFrom);
			}
			insert.setString(5, author);
			insert.setString(6, message);
			insert.setString(7, encoding);
			insert.setBytes(8, content);
			insert.setLong(9, size);
			insert.setLong(10, content.length);
			insert.executeUpdate();
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT " + INFO + " FROM repo_version WHERE engagement_id = ? AND number = ?")) {
			select.setLong(1, id);
			select.setInt(2, number);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return info(row);
			}
		}
	}

	private static final String SELECT_ENTRY = "SELECT id, name, created, created_by, latest, updated, updated_by FROM repo_engagement";
	private static final String INFO = "number, base, restored_from, author, at, message, size, stored, engagement_id";

	private static Optional<Entry> entry(Connection connection, String name, boolean forUpdate) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(SELECT_ENTRY + " WHERE name = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
			select.setString(1, name);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(entry(row)) : Optional.empty();
			}
		}
	}

	private static Entry entry(ResultSet row) throws SQLException {
		return new Entry(row.getLong(1), row.getString(2), instant(row.getTimestamp(3)), row.getString(4), row.getInt(5), instant(row.getTimestamp(6)),
				row.getString(7));
	}

	private static VersionInfo info(ResultSet row) throws SQLException {
		int restored = row.getInt(3);
		Integer restoredFrom = row.wasNull() ? null : restored;
		return new VersionInfo(row.getInt(1), row.getInt(2), restoredFrom, row.getString(4), instant(row.getTimestamp(5)), row.getString(6), row.getLong(7),
				row.getLong(8));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The form names are compared and searched in. */
	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static boolean isLostRace(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			// unique violation (PostgreSQL, H2), serialization failure, H2's concurrent update of one row
			if (t instanceof SQLException s && java.util.Set.of("23505", "23001", "40001", "90131").contains(s.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}

package org.fulcrum.server.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.server.protocol.Secrets;

/**
 * Brings the schema up to date from the SQL files in the bundle's {@code db/migration} folder
 * ({@code V1__portal.sql}, {@code V2__...}), each applied once in the caller's transaction and
 * recorded in {@code fulcrum_schema} with the SHA-256 of its statements. Files are listed here, in
 * order: a reader sees the whole schema history in the folder and this list. Applied files are
 * never edited (a changed checksum stops the server); changes come as a new file.
 * <p>
 * One migrator at a time: on PostgreSQL a transaction-scoped advisory lock serialises servers
 * starting together on one database (the second finds the work done); an embedded H2 file is
 * opened by one process only, and {@link Database} serialises the threads of that process with
 * {@link #IN_PROCESS} until the migrating transaction has committed.
 * A database whose schema is newer than {@link #FILES} is refused before anything is changed.
 */
final class Migrations {

	static final List<String> FILES = List.of("V1__portal.sql", "V2__accounts.sql", "V3__repository.sql");

	/** The key of the PostgreSQL advisory lock held while migrating ("fulcrum" in ASCII). */
	private static final long LOCK_KEY = 0x66756c6372756dL;

	/** Held by a thread of this process from before a migration until its commit. */
	static final Object IN_PROCESS = new Object();

	/** A database this server must not touch: its schema is newer, or an applied migration differs from this server's copy. */
	static final class Refused extends SQLException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private Migrations() {
	}

	/** The highest schema version this server knows. */
	static int known() {
		return FILES.size();
	}

	static Void apply(Connection connection) throws SQLException {
		if (isPostgres(connection)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
			}
			return applyLocked(connection);
		}
		return applyLocked(connection);
	}

	private static Void applyLocked(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS fulcrum_schema (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, "
					+ "applied TIMESTAMP WITH TIME ZONE NOT NULL, checksum CHAR(64))");
		}
		int current = version(connection);
		if (current > known()) {
			throw new Refused("the database has schema version " + current + ", newer than this server knows (up to " + known()
					+ "): a newer Fulcrum server has upgraded it. Run that Fulcrum version (or newer), or point database.url at "
					+ "another database; nothing was changed");
		}
		if (!hasChecksums(connection)) {
			// A database from before checksums were recorded gets the column; its rows are filled in below.
			// (Asked first: an ALTER TABLE would lock the table against running servers' health checks at every start.)
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE fulcrum_schema ADD COLUMN checksum CHAR(64)");
			}
		}
		verifyApplied(connection);
		for (int version = current + 1; version <= known(); version++) {
			String script = FILES.get(version - 1);
			List<String> statements = statements(read(script));
			for (String sql : statements) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fulcrum_schema VALUES (?, ?, CURRENT_TIMESTAMP, ?)")) {
				insert.setInt(1, version);
				insert.setString(2, script);
				insert.setString(3, checksum(statements));
				insert.executeUpdate();
			}
		}
		return null;
	}

	/** The schema version the database records (0 for an empty one). */
	static int version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM fulcrum_schema")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static boolean hasChecksums(Connection connection) throws SQLException {
		try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "fulcrum_schema", "checksum")) {
			return columns.next();
		}
	}

	/** Refuses a database where an applied migration is not this server's file; records the checksum where none was. */
	private static void verifyApplied(Connection connection) throws SQLException {
		Map<Integer, String> recorded = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version, script, checksum FROM fulcrum_schema ORDER BY version")) {
			while (rows.next()) {
				int version = rows.getInt(1);
				String script = FILES.get(version - 1);
				if (!script.equals(rows.getString(2))) {
					throw new Refused("the database's schema version " + version + " was applied from " + rows.getString(2)
							+ ", but this server's version " + version + " is " + script
							+ ": the database comes from another line of Fulcrum; nothing was changed");
				}
				recorded.put(version, rows.getString(3));
			}
		}
		for (Map.Entry<Integer, String> applied : recorded.entrySet()) {
			String script = FILES.get(applied.getKey() - 1);
			String checksum = checksum(statements(read(script)));
			if (applied.getValue() == null) {
				try (PreparedStatement update = connection.prepareStatement("UPDATE fulcrum_schema SET checksum = ? WHERE version = ?")) {
					update.setString(1, checksum);
					update.setInt(2, applied.getKey());
					update.executeUpdate();
				}
			} else if (!applied.getValue().strip().equals(checksum)) {
				throw new Refused("the migration " + script + " was applied to this database with checksum " + applied.getValue().strip()
						+ ", but this server's copy has checksum " + checksum + ": an applied migration was edited. Restore the file "
						+ "as it was applied and put the change in a new migration; nothing was changed");
			}
		}
	}

	/** The SHA-256 of the statements (comments, blank lines and line endings aside). */
	static String checksum(List<String> statements) {
		return Secrets.hash(String.join(";\n", statements));
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
	}

	private static String read(String script) throws SQLException {
		try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
			if (in == null) {
				throw new SQLException("the migration " + script + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new SQLException("the migration " + script + " cannot be read", e);
		}
	}

	/** Splits a script into statements at semicolons that end a line; drops {@code --} comments. */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			int comment = line.indexOf("--");
			String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
			if (code.isEmpty()) {
				continue;
			}
			current.append(code).append('\n');
			if (code.endsWith(";")) {
				statements.add(current.substring(0, current.lastIndexOf(";")));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString());
		}
		return statements;
	}
}

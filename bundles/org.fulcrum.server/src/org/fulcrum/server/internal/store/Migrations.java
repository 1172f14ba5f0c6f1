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
import java.util.List;

/**
 * Brings the schema up to date from the SQL files in the bundle's {@code db/migration} folder
 * ({@code V1__portal.sql}, {@code V2__...}), each applied once in the caller's transaction and
 * recorded in {@code fulcrum_schema} under the number its name starts with. Files are listed here, in order: a reader sees the whole
 * schema history in the folder and this list. Applied files are never edited; changes come as a new file.
 * A file whose number is not recorded yet is applied even when a higher one is (migrations written
 * on parallel branches arrive in any order).
 */
final class Migrations {

	static final List<String> FILES = List.of("V1__portal.sql", "V3__repository.sql");

	private Migrations() {
	}

	static Void apply(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS fulcrum_schema (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, "
					+ "applied TIMESTAMP WITH TIME ZONE NOT NULL)");
		}
		java.util.Set<Integer> applied = new java.util.HashSet<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT version FROM fulcrum_schema")) {
			while (rows.next()) {
				applied.add(rows.getInt(1));
			}
		}
		for (String script : FILES) {
			int version = version(script);
			if (applied.contains(version)) {
				continue;
			}
			for (String sql : statements(read(script))) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fulcrum_schema VALUES (?, ?, CURRENT_TIMESTAMP)")) {
				insert.setInt(1, version);
				insert.setString(2, script);
				insert.executeUpdate();
			}
		}
		return null;
	}

	/** The number a migration's name starts with: {@code V3__repository.sql} is 3. */
	static int version(String script) {
		return Integer.parseInt(script.substring(1, script.indexOf("__")));
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

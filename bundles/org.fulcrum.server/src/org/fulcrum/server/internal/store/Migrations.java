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
 * recorded in {@code fulcrum_schema}. Files are listed here, in order: a reader sees the whole
 * schema history in the folder and this list. Applied files are never edited; changes come as a new file.
 */
final class Migrations {

	static final List<String> FILES = List.of("V1__portal.sql", "V2__accounts.sql");

	private Migrations() {
	}

	static Void apply(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS fulcrum_schema (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, "
					+ "applied TIMESTAMP WITH TIME ZONE NOT NULL)");
		}
		int current = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM fulcrum_schema")) {
			rows.next();
			current = rows.getInt(1);
		}
		for (int version = current + 1; version <= FILES.size(); version++) {
			String script = FILES.get(version - 1);
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

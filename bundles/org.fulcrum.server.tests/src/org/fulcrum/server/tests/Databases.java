package org.fulcrum.server.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.fulcrum.server.ServerConfig;

/** The tests' own way into a server's database, PostgreSQL or H2, and a settings file naming it for the CLI's {@code --config}. */
final class Databases {

	private Databases() {
	}

	static Connection connect(ServerConfig config) throws SQLException {
		if (config.databaseUrl().startsWith("jdbc:postgresql:")) {
			return TestPostgres.connect(config.databaseUrl());
		}
		org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
		h2.setURL(config.databaseUrl());
		h2.setUser(config.databaseUser());
		h2.setPassword(config.databasePassword());
		return h2.getConnection();
	}

	/** A new settings file in {@code folder} with the database of {@code config}. */
	static Path settings(Path folder, ServerConfig config) throws Exception {
		Path file = Files.createTempFile(folder, "server", ".properties");
		Files.writeString(file, "database.url = " + config.databaseUrl() + "\ndatabase.user = " + config.databaseUser() + "\n");
		return file;
	}

	/** The first column of the first row. */
	static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** Every row of {@code table} in the order of its first column, one line each. */
	static String rows(Statement statement, String table) throws SQLException {
		StringBuilder out = new StringBuilder();
		try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int c = 1; c <= columns; c++) {
					out.append(rows.getString(c)).append('|');
				}
				out.append('\n');
			}
		}
		return out.toString();
	}
}

package org.fulcrum.server.tests;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the build started (releng/scripts/postgres.sh, through ./mvnw), or one given in
 * FULCRUM_TEST_POSTGRES_URL. Each test class gets a database of its own. Without either, the
 * tests fail and say how to get one (FULCRUM_NO_POSTGRES=1 skips them on purpose).
 */
final class TestPostgres {

	static final String URL = System.getenv("FULCRUM_TEST_POSTGRES_URL");
	static final String CTL = System.getenv("FULCRUM_TEST_POSTGRES_CTL");

	private TestPostgres() {
	}

	/** Fails (or, with FULCRUM_NO_POSTGRES=1, skips) when no PostgreSQL is there. */
	static void require() {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("FULCRUM_NO_POSTGRES") == null, "FULCRUM_NO_POSTGRES is set");
		if (URL == null) {
			throw new AssertionError("no test PostgreSQL: run the build with ./mvnw (it starts one) or set FULCRUM_TEST_POSTGRES_URL");
		}
	}

	/** A new, empty database; returns its JDBC URL. */
	static String freshDatabase(String name) throws SQLException {
		String database = name + "_" + Long.toHexString(System.nanoTime());
		PGSimpleDataSource admin = new PGSimpleDataSource();
		admin.setURL(URL);
		admin.setUser("fulcrum");
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		return URL.substring(0, URL.lastIndexOf('/') + 1) + database;
	}

	static Connection connect(String url) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(url);
		source.setUser("fulcrum");
		return source.getConnection();
	}

	/** Runs pg_ctl with {@code arguments} on the build's cluster (stop, start). */
	static void ctl(String... arguments) throws IOException, InterruptedException {
		if (CTL == null) {
			throw new AssertionError("FULCRUM_TEST_POSTGRES_CTL is not set: the restart test needs the cluster the build started");
		}
		List<String> command = new java.util.ArrayList<>(Arrays.asList(CTL.split(" ")));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError("pg_ctl " + String.join(" ", arguments) + " failed");
		}
	}
}

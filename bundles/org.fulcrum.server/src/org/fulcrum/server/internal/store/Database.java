package org.fulcrum.server.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.fulcrum.server.ConfigException;
import org.fulcrum.server.ServerConfig;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The server's connection pool (HikariCP) on PostgreSQL or H2, with the schema brought up to date
 * on start. Every unit of work runs in one transaction: it is committed before the caller hears
 * of success, and a lost connection becomes {@link StoreUnavailableException}.
 */
public final class Database implements AutoCloseable {

	/** One unit of work on a connection whose transaction {@link #transaction} commits. */
	public interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private final HikariDataSource pool;
	private final boolean postgres;

	private Database(HikariDataSource pool, boolean postgres) {
		this.pool = pool;
		this.postgres = postgres;
	}

	/**
	 * Opens the pool and brings the schema up to date. A database this server must not use (its
	 * schema is newer than this server, or an applied migration was edited) is refused with a
	 * {@link ConfigException} that says what to do, and is left as it was.
	 */
	public static Database open(ServerConfig config) throws SQLException, ConfigException {
		boolean postgres = config.databaseUrl().startsWith("jdbc:postgresql:");
		HikariConfig hikari = new HikariConfig();
		// The driver's own DataSource, created here: in OSGi the pool cannot load drivers by class name.
		hikari.setDataSource(dataSource(config, postgres));
		hikari.setMaximumPoolSize(config.poolSize());
		hikari.setMinimumIdle(Math.min(2, config.poolSize()));
		hikari.setAutoCommit(false);
		hikari.setConnectionTimeout(2_000);
		hikari.setValidationTimeout(1_000);
		// Starts even when the database is down (it comes back by itself); requests get 503 meanwhile.
		hikari.setInitializationFailTimeout(-1);
		hikari.setPoolName("fulcrum");
		Database database = new Database(new HikariDataSource(hikari), postgres);
		try {
			database.migrate();
		} catch (Migrations.Refused e) {
			database.close();
			throw new ConfigException(where(config.databaseUrl()) + ": " + e.getMessage());
		} catch (RuntimeException | SQLException e) {
			database.close();
			throw e;
		}
		return database;
	}

	/** The database's address without parameters (which may hold a password) or H2's settings. */
	public static String where(String url) {
		int end = url.length();
		for (char c : new char[] { '?', ';' }) {
			int at = url.indexOf(c);
			if (at >= 0) {
				end = Math.min(end, at);
			}
		}
		return url.substring(0, end);
	}

	/** The schema version the database records: {@link #knownSchema()} after a start, higher once a newer server upgraded it. */
	public int schemaVersion() throws SQLException {
		return transaction(Migrations::version);
	}

	/** The highest schema version this server knows. */
	public static int knownSchema() {
		return Migrations.known();
	}

	private static DataSource dataSource(ServerConfig config, boolean postgres) {
		if (postgres) {
			org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
			pg.setURL(config.databaseUrl());
			pg.setUser(config.databaseUser());
			pg.setPassword(config.databasePassword());
			pg.setConnectTimeout(2);
			pg.setSocketTimeout(30);
			return pg;
		}
		org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
		h2.setURL(config.databaseUrl());
		h2.setUser(config.databaseUser());
		h2.setPassword(config.databasePassword());
		return h2;
	}

	/** Brings the schema up to date, waiting up to a minute for a database that is still starting (or a slow first H2 open). */
	private void migrate() throws SQLException {
		long deadline = System.nanoTime() + STARTUP_WAIT_NANOS;
		while (true) {
			try {
				synchronized (Migrations.IN_PROCESS) {
					transaction(Migrations::apply);
				}
				return;
			} catch (StoreUnavailableException e) {
				if (System.nanoTime() > deadline) {
					throw e;
				}
				try {
					Thread.sleep(500);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	private static final long STARTUP_WAIT_NANOS = 60_000_000_000L;

	public boolean postgres() {
		return postgres;
	}

	/** Runs {@code work} in a transaction and commits it; rolls back on any failure. */
	public <T> T transaction(Work<T> work) throws SQLException {
		try (Connection connection = connect()) {
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException e) {
				rollback(connection);
				throw unavailable(e);
			} catch (RuntimeException e) {
				rollback(connection);
				throw e;
			}
		}
	}

	private Connection connect() throws SQLException {
		try {
			return pool.getConnection();
		} catch (SQLException e) {
			throw unavailable(e);
		}
	}

	/** Whether a connection can be had and answers. */
	public boolean reachable() {
		try (Connection connection = pool.getConnection()) {
			return connection.isValid(1);
		} catch (SQLException e) {
			return false;
		}
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is gone; the transaction with it
		}
	}

	/** Lost connections (SQL state class 08, pool timeouts, admin shutdown 57P) become {@link StoreUnavailableException}. */
	private static SQLException unavailable(SQLException e) {
		if (isConnectionFailure(e)) {
			throw new StoreUnavailableException(e);
		}
		return e;
	}

	private static boolean isConnectionFailure(SQLException e) {
		String state = e.getSQLState();
		return e instanceof SQLTransientConnectionException || e instanceof java.sql.SQLNonTransientConnectionException
				|| state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	@Override
	public void close() {
		pool.close();
	}
}

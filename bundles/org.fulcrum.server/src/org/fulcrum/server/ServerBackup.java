package org.fulcrum.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.fulcrum.server.internal.store.Database;

/**
 * Backs up and restores the server's database (docs/server.md, Backup and restore). PostgreSQL
 * through its own tools, {@code pg_dump --format=custom} and {@code pg_restore} (found on the
 * {@code PATH}, else in Debian's {@code /usr/lib/postgresql/VERSION/bin}), while servers run;
 * the embedded H2 database as an SQL script ({@code SCRIPT} / {@code RUNSCRIPT}, zipped), which
 * also carries it to a newer H2, while no server has it open. A backup is written next to its
 * target and moved into place when complete; a restore goes only into a new, empty database, in
 * one transaction (PostgreSQL) or removing what it created when it fails (H2): nothing half-written.
 */
public final class ServerBackup {

	/** What a backup or restore could not do, in words for the administrator. */
	public static final class BackupException extends Exception {
		private static final long serialVersionUID = 1L;

		BackupException(String message) {
			super(message);
		}

		BackupException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private static final long TOOL_MINUTES = 60;

	private ServerBackup() {
	}

	/** Writes a backup of the database {@code config} names to {@code target}, which must not exist yet. */
	public static void create(ServerConfig config, Path target) throws BackupException {
		if (Files.exists(target)) {
			throw new BackupException(target + " already exists; name a new file");
		}
		Path partial = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".partial");
		try {
			Files.deleteIfExists(partial);
			if (postgres(config)) {
				run(config, "pg_dump", "--format=custom", "--no-owner", "--file=" + partial, "--dbname=" + libpqUrl(config));
			} else {
				try (Connection connection = h2(config, true); Statement statement = connection.createStatement()) {
					statement.execute("SCRIPT TO '" + sqlText(partial) + "' COMPRESSION ZIP");
				}
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (SQLException e) {
			throw new BackupException(h2Problem(config, e), e);
		} catch (IOException e) {
			throw new BackupException("cannot write " + target + ": " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException e) {
				// a stray partial file names itself
			}
		}
	}

	/**
	 * Restores {@code source} into the database {@code config} names, which must be new and empty
	 * (PostgreSQL: created with {@code createdb}; H2: no database file there yet). The server
	 * started on it afterwards brings an older backup's schema up to date.
	 */
	public static void restore(ServerConfig config, Path source) throws BackupException {
		if (!Files.isRegularFile(source)) {
			throw new BackupException(source + " does not exist or is not a file");
		}
		try {
			if (postgres(config)) {
				requireEmptyPostgres(config);
				run(config, "pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", "--dbname=" + libpqUrl(config),
						source.toAbsolutePath().toString());
				return;
			}
			Path file = h2File(config);
			if (Files.exists(file)) {
				throw new BackupException(where(config) + " already exists (" + file + "); restore into a new database, or move it away first");
			}
			try (Connection connection = h2(config, false); Statement statement = connection.createStatement()) {
				statement.execute("RUNSCRIPT FROM '" + sqlText(source.toAbsolutePath()) + "' COMPRESSION ZIP");
			} catch (SQLException e) {
				Files.deleteIfExists(file);
				Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".trace.db")));
				throw new BackupException(source + " cannot be restored: " + e.getMessage(), e);
			}
		} catch (SQLException e) {
			throw new BackupException(where(config) + ": " + e.getMessage(), e);
		} catch (IOException e) {
			throw new BackupException(e.getMessage(), e);
		}
	}

	private static boolean postgres(ServerConfig config) {
		return config.databaseUrl().startsWith("jdbc:postgresql:");
	}

	private static String where(ServerConfig config) {
		return Database.where(config.databaseUrl());
	}

	private static void requireEmptyPostgres(ServerConfig config) throws SQLException, BackupException {
		org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
		pg.setURL(config.databaseUrl());
		pg.setUser(config.databaseUser());
		pg.setPassword(config.databasePassword());
		try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
			rows.next();
			if (rows.getInt(1) > 0) {
				throw new BackupException(where(config) + " is not empty (" + rows.getInt(1) + " tables); restore into a new database "
						+ "(createdb NAME, then database.url = jdbc:postgresql://HOST:PORT/NAME)");
			}
		}
	}

	/** {@code jdbc:postgresql://host:port/db?...} as libpq's {@code postgresql://host:port/db} (with its {@code sslmode}, if any). */
	static String libpqUrl(ServerConfig config) {
		String url = config.databaseUrl().substring("jdbc:".length());
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		String base = url.substring(0, query);
		for (String parameter : url.substring(query + 1).split("&")) {
			if (parameter.startsWith("sslmode=")) {
				return base + "?" + parameter;
			}
		}
		return base;
	}

	/** Runs a PostgreSQL client tool as {@code database.user}, its password in the environment (never on a command line). */
	private static void run(ServerConfig config, String tool, String... arguments) throws BackupException, IOException {
		List<String> command = new ArrayList<>();
		command.add(tool(tool));
		command.add("--username=" + config.databaseUser());
		command.add("--no-password");
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (!config.databasePassword().isEmpty()) {
			builder.environment().put("PGPASSWORD", config.databasePassword());
		}
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		try {
			if (!process.waitFor(TOOL_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new BackupException(tool + " did not finish within " + TOOL_MINUTES + " minutes");
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new BackupException(tool + " was interrupted", e);
		}
		if (process.exitValue() != 0) {
			throw new BackupException(tool + " failed (exit " + process.exitValue() + "): " + new String(output, StandardCharsets.UTF_8).strip());
		}
	}

	/** The tool on the PATH, else the newest of Debian's PostgreSQL installations. */
	private static String tool(String name) throws BackupException {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
				return Path.of(folder, name).toString();
			}
		}
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			Optional<Path> newest = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
					.max(Comparator.comparing(p -> version(p.getParent().getParent().getFileName().toString())));
			if (newest.isPresent()) {
				return newest.get().toString();
			}
		} catch (IOException e) {
			// not Debian's layout
		}
		throw new BackupException(name + " not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client) "
				+ "of the server's version or newer, and put them on the PATH");
	}

	private static int version(String folder) {
		return folder.matches("\\d{1,4}") ? Integer.parseInt(folder) : 0;
	}

	/** A connection to the H2 database; for a backup only to an existing one (H2 would otherwise create an empty one). */
	private static Connection h2(ServerConfig config, boolean mustExist) throws SQLException {
		org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
		h2.setURL(config.databaseUrl() + (mustExist ? ";IFEXISTS=TRUE" : ""));
		h2.setUser(config.databaseUser());
		h2.setPassword(config.databasePassword());
		return h2.getConnection();
	}

	/** The {@code .mv.db} file of an H2 file URL {@code jdbc:h2:[file:]PATH[;...]}. */
	private static Path h2File(ServerConfig config) throws BackupException {
		String path = where(config).substring("jdbc:h2:".length());
		if (path.startsWith("file:")) {
			path = path.substring(5);
		}
		if (path.startsWith("~/")) {
			path = System.getProperty("user.home") + path.substring(1);
		}
		if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
			throw new BackupException(where(config) + ": only an embedded H2 file database can be restored here");
		}
		return Path.of(path + ".mv.db").toAbsolutePath();
	}

	private static String h2Problem(ServerConfig config, SQLException e) {
		if (e.getErrorCode() == 90020) { // DATABASE_ALREADY_OPEN
			return where(config) + " is open in a running server: stop it for the backup (the embedded database has one process at a time)";
		}
		if (e.getErrorCode() == 90146) { // DATABASE_NOT_FOUND_WITH_IF_EXISTS
			return where(config) + " does not exist: nothing to back up (check database.url)";
		}
		return where(config) + ": " + e.getMessage();
	}

	private static String sqlText(Path path) {
		return path.toString().replace("'", "''");
	}
}

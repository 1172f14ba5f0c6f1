package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.server.ServerBackup;
import org.fulcrum.server.ServerConfig;

/**
 * {@code ./fulcrum server-backup create FILE | restore FILE [--config FILE]}: a backup of the
 * server's database (PostgreSQL through pg_dump, the embedded H2 database as a zipped SQL script)
 * and its restore into a new, empty database (docs/server.md, Backup and restore).
 */
public final class ServerBackupCommand implements Command {

	@Override
	public String name() {
		return "server-backup";
	}

	@Override
	public String synopsis() {
		return "create FILE | restore FILE [--config FILE]";
	}

	@Override
	public String summary() {
		return "back up a Fulcrum server's database to a file, or restore one into a new database";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("config")).atMost(2);
		String what = Subcommand.of(arguments, name(), "create", "restore");
		Path file = Path.of(arguments.operand(1, what.equals("create") ? "the backup FILE to write" : "the backup FILE to restore"));
		ServerConfig config = ServeCommand.config(arguments, 8080);
		try {
			if (what.equals("create")) {
				ServerBackup.create(config, file);
				console.out().println("server-backup: wrote " + file);
			} else {
				ServerBackup.restore(config, file);
				console.out().println("server-backup: restored " + file + "; start the server on it (it brings the schema up to date)");
			}
			return ExitCode.OK;
		} catch (ServerBackup.BackupException e) {
			console.err().println("fulcrum: server-backup " + what + ": " + e.getMessage());
			return ExitCode.DATA;
		}
	}
}

package org.fulcrum.cli.internal.commands;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.server.internal.access.AccountException;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.store.Database;

/**
 * {@code ./fulcrum server users|grant|revoke|coach|grants|audit ... [--config FILE]}: the server
 * administrator's tools, straight on the server's database (docs/server.md "Accounts and roles").
 * Each change is written to the access audit under the operating-system user who made it.
 */
public final class ServerCommand implements Command {

	@Override
	public String name() {
		return "server";
	}

	@Override
	public String synopsis() {
		return "users add NAME --role ROLE [--display TEXT] [--password-file FILE|-] | users list | users disable|enable NAME"
				+ " | users set-role NAME --role ROLE | users reset-password NAME --password-file FILE|- | users key NAME | users keys [NAME]"
				+ " | users revoke-key ID | grant ENG USER owner|editor|viewer | revoke ENG USER | coach ENG USER PARTICIPANT..."
				+ " | grants [ENG] | audit [--user U] [--engagement E] [--since DATE] [--config FILE]";
	}

	@Override
	public String summary() {
		return "administer a Fulcrum server: accounts and roles, API keys, access per engagement, coaches, the access audit";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		String what = Subcommand.of(arguments, name(), "users", "grant", "revoke", "coach", "grants", "audit");
		try (Database database = Database.open(ServeCommand.config(arguments, 8080))) {
			Accounts accounts = new Accounts(database, actor());
			return switch (what) {
			case "users" -> ServerUsers.run(arguments, console, accounts);
			case "audit" -> ServerAudit.run(arguments, console, database);
			default -> ServerGrants.run(what, arguments, console, accounts);
			};
		} catch (AccountException e) {
			console.err().println("fulcrum: server " + what + ": " + e.getMessage());
			return ExitCode.FINDINGS;
		}
	}

	/** Who makes the changes, for the audit: the operating-system user running the command. */
	static String actor() {
		return "os:" + System.getProperty("user.name", "unknown");
	}

	/** A usage error for a word that is not one of the choices (an unknown role or level). */
	static UsageException badWord(Arguments arguments, IllegalArgumentException e) {
		return new UsageException(arguments.command() + ": " + e.getMessage());
	}
}

package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Role;

/** {@code ./fulcrum server users ...}: accounts, roles, passwords and API keys. Passwords come from a file or stdin, never the command line. */
final class ServerUsers {

	private ServerUsers() {
	}

	static int run(Arguments arguments, Console console, Accounts accounts) throws Exception {
		String verb = arguments.operand(1, "what to do with users (add, list, disable, enable, set-role, reset-password, key, keys, revoke-key)");
		switch (verb) {
		case "add" -> {
			arguments.allowOnly(Set.of("config", "role", "display", "password-file")).atMost(3);
			String name = arguments.operand(2, "the account's NAME");
			Role role = role(arguments);
			String file = arguments.option("password-file", null);
			Accounts.Account account = accounts.add(name, arguments.option("display", null), role, file == null ? null : password(file));
			console.out().println("server users: added " + account.name() + " (" + account.role().word() + ", "
					+ (account.hasPassword() ? "password set" : "no password: signs in by API key") + ")");
		}
		case "list" -> {
			arguments.allowOnly(Set.of("config")).atMost(2);
			for (Accounts.Account account : accounts.list()) {
				console.out().printf("%s\t%s\t%s\t%s\t%s%n", account.name(), account.role().word(), account.displayName(),
						account.hasPassword() ? "password" : "key only", account.disabled() == null ? "enabled" : "disabled " + account.disabled());
			}
		}
		case "disable", "enable" -> {
			arguments.allowOnly(Set.of("config")).atMost(3);
			String name = arguments.operand(2, "the account's NAME");
			accounts.setDisabled(name, verb.equals("disable"));
			console.out().println("server users: " + name + " " + verb + "d");
		}
		case "set-role" -> {
			arguments.allowOnly(Set.of("config", "role")).atMost(3);
			String name = arguments.operand(2, "the account's NAME");
			Role role = role(arguments);
			accounts.setRole(name, role);
			console.out().println("server users: " + name + " is now " + role.word());
		}
		case "reset-password" -> {
			arguments.allowOnly(Set.of("config", "password-file")).atMost(3);
			String name = arguments.operand(2, "the account's NAME");
			String file = arguments.option("password-file", null);
			if (file == null) {
				throw new UsageException(arguments.command() + ": users reset-password needs --password-file FILE (or - for standard input)");
			}
			accounts.setPassword(name, password(file));
			console.out().println("server users: new password for " + name + "; its sessions ended");
		}
		case "key" -> {
			arguments.allowOnly(Set.of("config")).atMost(3);
			console.out().println(accounts.createKey(arguments.operand(2, "the account's NAME")));
		}
		case "keys" -> {
			arguments.allowOnly(Set.of("config")).atMost(3);
			for (Accounts.KeyInfo key : accounts.keys(arguments.operandOr(2, null))) {
				console.out().printf("%d\t%s\tcreated %s%s%n", key.id(), key.account(), key.created(),
						key.revoked() == null ? "" : "\trevoked " + key.revoked());
			}
		}
		case "revoke-key" -> {
			arguments.allowOnly(Set.of("config")).atMost(3);
			return revokeKey(arguments, console, accounts, 2, "server users revoke-key");
		}
		default -> throw new UsageException(arguments.command() + ": unknown users subcommand '" + verb
				+ "'; use add, list, disable, enable, set-role, reset-password, key, keys or revoke-key");
		}
		return ExitCode.OK;
	}

	/** Revokes the key whose id is operand {@code index}; shared with server-key. */
	static int revokeKey(Arguments arguments, Console console, Accounts accounts, int index, String command) throws Exception {
		String id = arguments.operand(index, "the ID of the key to revoke (see server users keys)");
		long number;
		try {
			number = Long.parseLong(id);
		} catch (NumberFormatException e) {
			throw new UsageException(command + ": '" + id + "' is not a key ID (see server users keys)");
		}
		if (!accounts.revokeKey(number)) {
			console.err().println("fulcrum: " + command + ": no live key " + number);
			return ExitCode.FINDINGS;
		}
		console.out().println(command.substring(0, command.lastIndexOf(' ')) + ": key " + number + " revoked");
		return ExitCode.OK;
	}

	private static Role role(Arguments arguments) throws UsageException {
		String word = arguments.option("role", null);
		if (word == null || word.isEmpty()) {
			throw new UsageException(arguments.command() + ": --role ROLE is needed (consultant, coach, hr-viewer or administrator)");
		}
		try {
			return Role.parse(word);
		} catch (IllegalArgumentException e) {
			throw ServerCommand.badWord(arguments, e);
		}
	}

	/** The first line of the file (or of standard input for {@code -}), without its line end. */
	private static String password(String file) throws StoreException {
		Path path = Path.of(file);
		byte[] bytes;
		try {
			if (file.equals("-")) {
				InputStream in = System.in;
				bytes = in.readNBytes(4096);
			} else {
				if (!Files.isRegularFile(path)) {
					throw new StoreException(path, "the password file does not exist or is not a file");
				}
				bytes = Files.readAllBytes(path);
			}
		} catch (IOException e) {
			throw new StoreException(path, "the password file cannot be read: " + e.getMessage());
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		String line = end < 0 ? text : text.substring(0, end);
		if (line.endsWith("\r")) {
			line = line.substring(0, line.length() - 1);
		}
		if (line.isEmpty()) {
			throw new StoreException(path, "the password file's first line is empty");
		}
		return line;
	}
}

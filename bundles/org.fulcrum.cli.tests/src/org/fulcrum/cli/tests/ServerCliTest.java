package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fulcrum.cli.internal.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./fulcrum server users|grant|revoke|coach|grants|audit} on an embedded database: what works, and each bad input's error and exit code. */
class ServerCliTest {

	private static final String PASSWORD = "a long passphrase nobody guesses";

	@TempDir
	Path folder;
	String config;
	final CliRun cli = new CliRun();

	@BeforeEach
	void database() throws Exception {
		Path file = folder.resolve("server.properties");
		Files.writeString(file, "database.url = jdbc:h2:" + folder.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE\n");
		config = file.toString();
	}

	@Test
	void usersAreAddedListedDisabledAndGivenRolesPasswordsAndKeys() throws Exception {
		Path password = write("password.txt", PASSWORD + "\n");
		ok("server", "users", "add", "ada", "--role", "consultant", "--display", "Ada Lovelace", "--password-file", password.toString());
		assertTrue(cli.out().contains("added ada (consultant, password set)"), cli.out());
		ok("server", "users", "add", "cora", "--role", "coach");
		assertTrue(cli.out().contains("no password: signs in by API key"), cli.out());
		ok("server", "users", "list");
		assertEquals(List.of("ada\tconsultant\tAda Lovelace\tpassword\tenabled", "cora\tcoach\tcora\tkey only\tenabled"), cli.out().lines().toList());

		ok("server", "users", "key", "ada");
		String key = cli.out().strip();
		assertTrue(key.matches("fk_[A-Za-z0-9_-]{43}"), key);
		ok("server", "users", "keys", "ada");
		String id = cli.out().lines().findFirst().orElseThrow().split("\t")[0];
		ok("server", "users", "revoke-key", id);
		assertEquals(ExitCode.FINDINGS, cli.run("server", "users", "revoke-key", id, "--config", config), "revoked already");
		assertTrue(cli.err().contains("no live key " + id), cli.err());

		ok("server", "users", "set-role", "cora", "--role", "hr-viewer");
		ok("server", "users", "disable", "cora");
		ok("server", "users", "list");
		assertTrue(cli.out().contains("cora\thr-viewer\tcora\tkey only\tdisabled "), cli.out());
		assertEquals(ExitCode.FINDINGS, cli.run("server", "users", "key", "cora", "--config", config));
		assertTrue(cli.err().contains("the account 'cora' is disabled"), cli.err());
		ok("server", "users", "enable", "cora");
		ok("server", "users", "reset-password", "cora", "--password-file", password.toString());
		ok("server", "users", "list");
		assertTrue(cli.out().contains("cora\thr-viewer\tcora\tpassword\tenabled"), cli.out());

		// the audit has each change, and never a password or a key
		ok("server", "audit");
		assertTrue(cli.out().contains("\taccount-add\t-\tallowed\tada as consultant"), cli.out());
		assertTrue(cli.out().contains("\tkey-revoke\t-\tallowed\tkey " + id), cli.out());
		assertTrue(cli.out().contains("\taccount-disable\t"), cli.out());
		assertFalse(cli.out().contains(PASSWORD) || cli.out().contains(key) || cli.out().contains("$argon2"), cli.out());
	}

	@Test
	void badInputIsRefusedWithAClearErrorAndNothingChanges() throws Exception {
		fails(ExitCode.USAGE, "unknown role 'boss'; use one of consultant, coach, hr-viewer, administrator", "server", "users", "add", "bob",
				"--role", "boss");
		fails(ExitCode.USAGE, "--role ROLE is needed", "server", "users", "add", "bob");
		fails(ExitCode.USAGE, "unknown option --password", "server", "users", "add", "bob", "--role", "coach", "--password", PASSWORD);
		fails(ExitCode.FINDINGS, "the password is shorter than 12 characters", "server", "users", "add", "bob", "--role", "coach",
				"--password-file", write("short.txt", "Tr0ub4dor\n").toString());
		fails(ExitCode.FINDINGS, "the password contains the account's name", "server", "users", "add", "bob", "--role", "coach",
				"--password-file", write("name.txt", "my name is bob, hello\n").toString());
		fails(ExitCode.DATA, "the password file's first line is empty", "server", "users", "add", "bob", "--role", "coach",
				"--password-file", write("empty.txt", "\nsecond line\n").toString());
		fails(ExitCode.DATA, "the password file does not exist", "server", "users", "add", "bob", "--role", "coach", "--password-file",
				folder.resolve("missing.txt").toString());
		fails(ExitCode.FINDINGS, "is not a usable account name", "server", "users", "add", "-bob", "--role", "coach");
		fails(ExitCode.FINDINGS, "no account 'ghost'", "server", "users", "disable", "ghost");
		fails(ExitCode.FINDINGS, "no account 'ghost'", "server", "grant", "acme", "ghost", "viewer");
		fails(ExitCode.USAGE, "unknown users subcommand 'remove'", "server", "users", "remove", "bob");
		fails(ExitCode.USAGE, "unknown subcommand 'user'", "server", "user", "list");
		fails(ExitCode.USAGE, "--since needs a date like 2026-12-01", "server", "audit", "--since", "yesterday");
		ok("server", "users", "list");
		assertEquals("", cli.out(), "no account was added by any of the refused commands");

		ok("server", "users", "add", "bob", "--role", "consultant");
		fails(ExitCode.FINDINGS, "an account 'bob' exists already", "server", "users", "add", "bob", "--role", "coach");
		fails(ExitCode.USAGE, "unknown access level 'boss'", "server", "grant", "acme", "bob", "boss");
	}

	@Test
	void grantsRevokesAndCoachesKeepAnOwnerAndAreAudited() throws Exception {
		ok("server", "users", "add", "ada", "--role", "consultant");
		ok("server", "users", "add", "bob", "--role", "consultant");
		ok("server", "users", "add", "cora", "--role", "coach");
		ok("server", "grant", "acme", "ada", "owner");
		ok("server", "grant", "acme", "bob", "viewer");
		fails(ExitCode.FINDINGS, "'acme' would have no owner left", "server", "revoke", "acme", "ada");
		fails(ExitCode.FINDINGS, "'acme' would have no owner left", "server", "grant", "acme", "ada", "editor");
		ok("server", "grant", "acme", "bob", "owner");
		ok("server", "grant", "acme", "ada", "editor");
		ok("server", "revoke", "acme", "ada");
		fails(ExitCode.FINDINGS, "ada had no access to acme", "server", "revoke", "acme", "ada");
		fails(ExitCode.FINDINGS, "'bob' is a consultant, not a coach", "server", "coach", "acme", "bob", "p-1");
		fails(ExitCode.USAGE, "missing at least one PARTICIPANT id", "server", "coach", "acme", "cora");
		ok("server", "coach", "acme", "cora", "p-1", "p-2");
		assertTrue(cli.out().contains("cora coaches 2 participant(s) of acme (2 new)"), cli.out());
		ok("server", "coach", "acme", "cora", "p-2");
		assertTrue(cli.out().contains("(0 new)"), cli.out());
		ok("server", "grant", "globex", "ada", "owner");
		ok("server", "grants", "acme");
		assertEquals(List.of("acme\tbob\towner"), cli.out().lines().toList());
		ok("server", "grants");
		assertEquals(List.of("acme\tbob\towner", "globex\tada\towner"), cli.out().lines().toList());

		ok("server", "audit", "--engagement", "acme");
		List<String> acme = cli.out().lines().toList();
		assertTrue(acme.stream().allMatch(l -> l.split("\t")[3].equals("acme")), cli.out());
		assertEquals(List.of("grant", "grant", "grant", "grant", "revoke", "coach", "coach"), acme.stream().map(l -> l.split("\t")[2]).toList());
		assertTrue(acme.get(4).endsWith("\trevoke\tacme\tallowed\tada was editor"), acme.get(4));
		String actor = acme.get(0).split("\t")[1];
		assertTrue(actor.startsWith("os:"), actor);
		ok("server", "audit", "--user", actor, "--since", "2000-01-01");
		assertTrue(cli.out().lines().count() >= acme.size() + 4, cli.out());
		ok("server", "audit", "--since", "2999-01-01T00:00:00Z");
		assertEquals("", cli.out());
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private void ok(String... arguments) {
		String[] line = withConfig(arguments);
		assertEquals(ExitCode.OK, cli.run(line), String.join(" ", line) + "\n" + cli.err());
		assertEquals("", cli.err(), String.join(" ", line));
	}

	private void fails(int code, String message, String... arguments) {
		String[] line = withConfig(arguments);
		assertEquals(code, cli.run(line), String.join(" ", line) + "\n" + cli.out() + cli.err());
		assertTrue(cli.err().contains(message), cli.err());
		assertTrue(cli.err().startsWith("fulcrum: ") && cli.err().strip().lines().count() == 1, cli.err());
	}

	private String[] withConfig(String... arguments) {
		String[] line = java.util.Arrays.copyOf(arguments, arguments.length + 2);
		line[arguments.length] = "--config";
		line[arguments.length + 1] = config;
		return line;
	}
}

package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.fulcrum.server.internal.access.AccessDecisions;
import org.fulcrum.server.internal.access.Action;
import org.fulcrum.server.internal.access.Level;
import org.fulcrum.server.internal.access.Passwords;
import org.fulcrum.server.internal.access.Role;
import org.junit.jupiter.api.Test;

/**
 * The decision table of docs/server.md, every role with every grant against every action, written
 * out here by hand so that a change to the rules must change this table too.
 */
class AccessDecisionsTest {

	/** Columns, in this order: the actions. */
	private static final List<Action> COLUMNS = List.of(Action.READ_ENGAGEMENT, Action.READ_COACHING, Action.WRITE_ENGAGEMENT,
			Action.GRANT_ACCESS, Action.PORTAL_PUBLISH, Action.PORTAL_PULL, Action.PORTAL_STATUS, Action.PORTAL_WITHDRAW,
			Action.PORTAL_REMIND, Action.ADMINISTER, Action.READ_AUDIT);

	/** role, grant (- for none), coached (y/n), then x (allowed) or . (refused) per column; on an engagement somebody holds. */
	private static final String TABLE = """
			consultant     -      n  . . . . . . . . . . .
			consultant     viewer n  x x . . . x x . . . .
			consultant     editor n  x x x . x x x x x . .
			consultant     owner  n  x x x x x x x x x . .
			coach          -      n  . . . . . . . . . . .
			coach          -      y  . x . . . . . . . . .
			coach          viewer n  . . . . . . . . . . .
			coach          owner  y  . x . . . . . . . . .
			hr-viewer      -      n  . . . . . . . . . . .
			hr-viewer      viewer n  x x . . . x x . . . .
			hr-viewer      editor n  x x . . . x x . . . .
			hr-viewer      owner  n  x x . . . x x . . . .
			administrator  -      n  . . . . . . . . . x x
			administrator  viewer n  x x . . . x x . . x x
			administrator  editor n  x x x . x x x x x x x
			administrator  owner  n  x x x x x x x x x x x
			""";

	/** The same for an engagement nobody holds yet: only a consultant may start one (write or publish it). */
	private static final String UNCLAIMED = """
			consultant     -      n  . . x . x . . . . . .
			coach          -      n  . . . . . . . . . . .
			hr-viewer      -      n  . . . . . . . . . . .
			administrator  -      n  . . . . . . . . . x x
			""";

	@Test
	void everyRoleAndGrantGetsExactlyTheActionsOfTheTable() {
		List<String> wrong = new ArrayList<>();
		check(TABLE, true, wrong);
		check(UNCLAIMED, false, wrong);
		assertEquals(List.of(), wrong);
		assertEquals(Action.values().length, COLUMNS.size(), "every action is a column");
	}

	@Test
	void everyRoleAndGrantIsInTheTable() {
		int rows = 0;
		for (Role role : Role.values()) {
			for (String grant : List.of("-", "viewer", "editor", "owner")) {
				boolean listed = TABLE.lines().anyMatch(l -> l.matches(role.word() + "\\s+" + grant + "\\s.*"));
				if (listed) {
					rows++;
				} else {
					assertTrue(role == Role.COACH && grant.equals("editor"), role.word() + " " + grant + " is missing from the table");
				}
			}
		}
		assertEquals(15, rows);
	}

	@Test
	void refusalsSayWhy() {
		assertEquals("your access is viewer; this needs editor", AccessDecisions.rule(Role.CONSULTANT, Level.VIEWER, false, true,
				Action.PORTAL_PUBLISH));
		assertEquals("this engagement was not granted to you", AccessDecisions.rule(Role.ADMINISTRATOR, null, false, true,
				Action.READ_ENGAGEMENT));
		assertTrue(AccessDecisions.rule(Role.COACH, null, true, true, Action.PORTAL_PULL).contains("never raters' answers"));
		assertEquals("only an administrator may read-audit", AccessDecisions.rule(Role.CONSULTANT, Level.OWNER, false, true,
				Action.READ_AUDIT));
	}

	@Test
	void passwordsAreArgon2idWithASaltOfTheirOwnAndTheDocumentedParameters() {
		String hash = Passwords.hash("correct horse battery staple");
		assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
		assertNotEquals(hash, Passwords.hash("correct horse battery staple"), "a fresh salt each time");
		assertTrue(Passwords.matches("correct horse battery staple", hash));
		assertFalse(Passwords.matches("correct horse battery stapl", hash));
		assertFalse(Passwords.matches("correct horse battery staple", null));
		assertFalse(Passwords.matches("correct horse battery staple", "$argon2id$v=19$m=19456,t=2,p=1$garbage"));
		assertFalse(Passwords.matches("correct horse battery staple", hash.substring(0, hash.length() - 2) + "AA"));
		// a hash made with other parameters is checked with its own
		String lighter = hash.replace("m=19456,t=2", "m=1024,t=1");
		assertFalse(Passwords.matches("correct horse battery staple", lighter), "the parameters are part of the hash");
		assertNotNull(Passwords.weakness("", "ada"));
		assertNotNull(Passwords.weakness("short", "ada"));
		assertNotNull(Passwords.weakness("aaaaaaaaaaaaaaaa", "ada"));
		assertNotNull(Passwords.weakness("my name is Ada-Lovelace!", "ada-lovelace"));
		assertNull(Passwords.weakness("correct horse battery staple", "ada"));
	}

	private static void check(String table, boolean claimed, List<String> wrong) {
		for (String line : table.strip().split("\n")) {
			String[] cells = line.strip().split("\\s+");
			Role role = Role.parse(cells[0]);
			Level grant = cells[1].equals("-") ? null : Level.parse(cells[1]);
			boolean coached = cells[2].equals("y");
			for (int i = 0; i < COLUMNS.size(); i++) {
				boolean expected = cells[3 + i].equals("x");
				String refusal = AccessDecisions.rule(role, grant, coached, claimed, COLUMNS.get(i));
				if (expected != (refusal == null)) {
					wrong.add(line.strip() + ": " + COLUMNS.get(i).word() + (expected ? " refused: " + refusal : " allowed"));
				}
			}
		}
	}
}

package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Level;
import org.fulcrum.server.internal.access.Role;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.protocol.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of schema version 1 (keys named their owner in words, engagements belonged to the key
 * that published them) brought to version 2: each owner becomes a consultant account holding its
 * keys, each engagement gets its publisher's account as owner, and an engagement id two keys had
 * both published stays two engagements.
 */
class AccountsMigrationTest {

	@TempDir
	Path folder;

	@Test
	void versionOneKeysAndEngagementsBecomeAccountsAndOwnersOnH2() throws Exception {
		ServerConfig config = ServerConfig.embedded(folder, 0);
		org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
		h2.setURL(config.databaseUrl());
		h2.setUser("fulcrum");
		try (Connection connection = h2.getConnection()) {
			versionOne(connection);
		}
		check(config);
	}

	@Test
	void versionOneKeysAndEngagementsBecomeAccountsAndOwnersOnPostgres() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("migration");
		try (Connection connection = TestPostgres.connect(url)) {
			versionOne(connection);
		}
		check(ServerConfig.embedded(folder, 0).withDatabase(url, "fulcrum", ""));
	}

	private static final String ADA_KEY = "fk_" + "A".repeat(43);
	private static final String ADA_OLD_KEY = "fk_" + "B".repeat(43);
	private static final String BEN_KEY = "fk_" + "C".repeat(43);

	private static void versionOne(Connection connection) throws Exception {
		connection.setAutoCommit(false);
		String script;
		try (InputStream in = AccountsMigrationTest.class.getResourceAsStream("/db/migration/V1__portal.sql")) {
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		StringBuilder code = new StringBuilder();
		script.lines().map(l -> l.contains("--") ? l.substring(0, l.indexOf("--")) : l).forEach(l -> code.append(l).append('\n'));
		try (Statement statement = connection.createStatement()) {
			for (String sql : code.toString().split(";\\s*\n")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
			statement.execute("CREATE TABLE fulcrum_schema (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, "
					+ "applied TIMESTAMP WITH TIME ZONE NOT NULL)");
			statement.execute("INSERT INTO fulcrum_schema VALUES (1, 'V1__portal.sql', CURRENT_TIMESTAMP)");
		}
		try (PreparedStatement key = connection.prepareStatement("INSERT INTO api_key (owner, key_hash, created, revoked) "
				+ "VALUES (?, ?, CURRENT_TIMESTAMP, ?)")) {
			// ids 1, 2, 3 in this order (the identity columns start at 1)
			Object[][] keys = { { 1, "Ada Consultant", ADA_KEY, null }, { 2, "Ada Consultant", ADA_OLD_KEY, new java.sql.Timestamp(0) },
					{ 3, "Ben", BEN_KEY, null } };
			for (Object[] row : keys) {
				key.setString(1, (String) row[1]);
				key.setString(2, Secrets.hash((String) row[2]));
				key.setTimestamp(3, (java.sql.Timestamp) row[3]);
				key.executeUpdate();
			}
		}
		try (PreparedStatement engagement = connection.prepareStatement(
				"INSERT INTO engagement (api_key_id, ref, name, threshold, published) VALUES (?, ?, ?, 3, CURRENT_TIMESTAMP)")) {
			for (Object[] row : new Object[][] { { 1, "acme" }, { 3, "acme" }, { 3, "globex" } }) {
				engagement.setInt(1, (Integer) row[0]);
				engagement.setString(2, (String) row[1]);
				engagement.setString(3, "Engagement " + row[1]);
				engagement.executeUpdate();
			}
		}
		connection.commit();
	}

	private static void check(ServerConfig config) throws Exception {
		try (Database database = Database.open(config)) {
			Accounts accounts = new Accounts(database, "os:test");
			assertEquals(List.of("Ada Consultant", "Ben"), accounts.list().stream().map(Accounts.Account::name).toList());
			assertTrue(accounts.list().stream().allMatch(a -> a.role() == Role.CONSULTANT && !a.hasPassword() && a.disabled() == null));
			assertEquals(List.of("Ada Consultant", "Ada Consultant", "Ben"), accounts.keys(null).stream().map(Accounts.KeyInfo::account).toList());
			assertEquals("Ada Consultant", accounts.authenticate(ADA_KEY).orElseThrow().name());
			assertEquals("Ben", accounts.authenticate(BEN_KEY).orElseThrow().name());
			assertTrue(accounts.authenticate(ADA_OLD_KEY).isEmpty(), "a key revoked before stays revoked");
			assertEquals(List.of(new Accounts.Grant("acme", "Ada Consultant", Level.OWNER), new Accounts.Grant("acme~3", "Ben", Level.OWNER),
					new Accounts.Grant("globex", "Ben", Level.OWNER)), accounts.grants(null));
		}
	}
}

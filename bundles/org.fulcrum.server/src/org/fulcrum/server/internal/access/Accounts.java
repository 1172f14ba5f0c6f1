package org.fulcrum.server.internal.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.protocol.Secrets;

/**
 * Accounts, their API keys and sign-in sessions, grants and coach assignments, in the server's
 * database. Secrets are kept only as hashes: passwords as Argon2id ({@link Passwords}), keys and
 * session tokens (256 random bits each) as SHA-256. The administrator's changes are written to the
 * access audit under {@code actor}.
 */
public final class Accounts {

	/** An account as the administrator lists it (never its password). */
	public record Account(long id, String name, String displayName, Role role, boolean hasPassword, Instant created, Instant disabled) {
	}

	/** An API key as listed (never the key itself). */
	public record KeyInfo(long id, String account, Instant created, Instant revoked) {
	}

	/** A grant of access to an engagement. */
	public record Grant(String engagement, String account, Level level) {
	}

	/** A signed-in session: its bearer token (shown once) and when it ends. */
	public record Session(String token, Instant expires, Caller caller) {
	}

	/** How long a password sign-in lasts; then sign in again. */
	public static final Duration SESSION_LIFETIME = Duration.ofHours(1);
	static final String KEY_PREFIX = "fk_";
	static final String SESSION_PREFIX = "fs_";
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@'+-]{0,99}");
	private static final Pattern BEARER = Pattern.compile("f[ks]_[A-Za-z0-9_-]{43}");

	private final Database database;
	private final String actor;

	/** {@code actor} names who makes changes, for the audit (e.g. {@code os:alice} for the server CLI). */
	public Accounts(Database database, String actor) {
		this.database = database;
		this.actor = actor;
	}

	// --- accounts -------------------------------------------------------------------------------

	/** Adds an account; {@code password} null leaves it to sign in by API key only. */
	public Account add(String name, String displayName, Role role, String password) throws SQLException {
		if (!NAME.matcher(name).matches() || name.strip().length() != name.length()) {
			throw new AccountException("'" + name + "' is not a usable account name: 1 to 100 letters, digits, spaces and . _ @ ' + -, "
					+ "starting with a letter or digit");
		}
		String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
		if (display.length() > 200 || display.chars().anyMatch(Character::isISOControl)) {
			throw new AccountException("the display name must be at most 200 characters without control characters");
		}
		String hash = password == null ? null : Passwords.hash(acceptable(password, name));
		return database.transaction(connection -> {
			if (find(connection, name).isPresent()) {
				throw new AccountException("an account '" + name + "' exists already");
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO account (name, display_name, role, password_hash, created) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
				insert.setString(1, name);
				insert.setString(2, display);
				insert.setString(3, role.word());
				insert.setString(4, hash);
				insert.executeUpdate();
			}
			AccessAudit.record(connection, actor, "account-add", null, true, name + " as " + role.word());
			return find(connection, name).orElseThrow();
		});
	}

	public Optional<Account> find(String name) throws SQLException {
		return database.transaction(connection -> find(connection, name));
	}

	public List<Account> list() throws SQLException {
		return database.transaction(connection -> {
			List<Account> accounts = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("SELECT " + ACCOUNT_COLUMNS + " FROM account ORDER BY name")) {
				while (row.next()) {
					accounts.add(account(row));
				}
			}
			return accounts;
		});
	}

	/** Disables (or enables) an account; disabling ends its sessions at once, its keys stop working while it is disabled. */
	public void setDisabled(String name, boolean disabled) throws SQLException {
		database.transaction(connection -> {
			Account account = existing(connection, name);
			try (PreparedStatement update = connection.prepareStatement("UPDATE account SET disabled = ? WHERE id = ?")) {
				update.setTimestamp(1, disabled ? Timestamp.from(account.disabled() != null ? account.disabled() : Instant.now()) : null);
				update.setLong(2, account.id());
				update.executeUpdate();
			}
			if (disabled) {
				endSessions(connection, account.id());
			}
			AccessAudit.record(connection, actor, disabled ? "account-disable" : "account-enable", null, true, name);
			return null;
		});
	}

	public void setRole(String name, Role role) throws SQLException {
		database.transaction(connection -> {
			Account account = existing(connection, name);
			try (PreparedStatement update = connection.prepareStatement("UPDATE account SET role = ? WHERE id = ?")) {
				update.setString(1, role.word());
				update.setLong(2, account.id());
				update.executeUpdate();
			}
			AccessAudit.record(connection, actor, "account-role", null, true, name + ": " + account.role().word() + " -> " + role.word());
			return null;
		});
	}

	/** Sets a new password and ends the account's sessions (a reset after a leak must lock the old one out). */
	public void setPassword(String name, String password) throws SQLException {
		String hash = Passwords.hash(acceptable(password, name));
		database.transaction(connection -> {
			Account account = existing(connection, name);
			try (PreparedStatement update = connection.prepareStatement("UPDATE account SET password_hash = ? WHERE id = ?")) {
				update.setString(1, hash);
				update.setLong(2, account.id());
				update.executeUpdate();
			}
			endSessions(connection, account.id());
			AccessAudit.record(connection, actor, "account-password", null, true, name);
			return null;
		});
	}

	private static String acceptable(String password, String name) {
		String weakness = Passwords.weakness(password, name);
		if (weakness != null) {
			throw new AccountException(weakness + " (at least " + Passwords.MINIMUM_LENGTH
					+ " characters, several different ones, not the account's name)");
		}
		return password;
	}

	// --- API keys -------------------------------------------------------------------------------

	/** Creates an API key for an existing account and returns it: the only time it is seen. */
	public String createKey(String name) throws SQLException {
		String key = KEY_PREFIX + Secrets.fresh();
		database.transaction(connection -> {
			Account account = existing(connection, name);
			if (account.disabled() != null) {
				throw new AccountException("the account '" + name + "' is disabled; enable it first");
			}
			insertKey(connection, account, key);
			return null;
		});
		return key;
	}

	/** A key for {@code owner}, creating a consultant account of that name when there is none (server-key create, the demo). */
	public String keyFor(String owner) throws SQLException {
		String key = KEY_PREFIX + Secrets.fresh();
		database.transaction(connection -> {
			Optional<Account> account = find(connection, owner);
			if (account.isEmpty()) {
				if (!NAME.matcher(owner).matches()) {
					throw new AccountException("'" + owner + "' is not a usable account name");
				}
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO account (name, display_name, role, created) VALUES (?, ?, 'consultant', CURRENT_TIMESTAMP)")) {
					insert.setString(1, owner);
					insert.setString(2, owner);
					insert.executeUpdate();
				}
				AccessAudit.record(connection, actor, "account-add", null, true, owner + " as consultant");
				account = find(connection, owner);
			}
			if (account.get().disabled() != null) {
				throw new AccountException("the account '" + owner + "' is disabled; enable it first");
			}
			insertKey(connection, account.get(), key);
			return null;
		});
		return key;
	}

	private void insertKey(Connection connection, Account account, String key) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO api_key (owner, key_hash, created, account_id) VALUES (?, ?, CURRENT_TIMESTAMP, ?)",
						Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, account.name());
			insert.setString(2, Secrets.hash(key));
			insert.setLong(3, account.id());
			insert.executeUpdate();
			try (ResultSet id = insert.getGeneratedKeys()) {
				id.next();
				AccessAudit.record(connection, actor, "key-create", null, true, "key " + id.getLong(1) + " for " + account.name());
			}
		}
	}

	/** The keys of one account, or of all ({@code name} null). */
	public List<KeyInfo> keys(String name) throws SQLException {
		return database.transaction(connection -> {
			if (name != null) {
				existing(connection, name);
			}
			List<KeyInfo> keys = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT k.id, a.name, k.created, k.revoked FROM api_key k "
					+ "JOIN account a ON a.id = k.account_id WHERE ? IS NULL OR a.name = ? ORDER BY k.id")) {
				select.setString(1, name);
				select.setString(2, name);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						keys.add(new KeyInfo(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(), instant(row.getTimestamp(4))));
					}
				}
			}
			return keys;
		});
	}

	/** Revokes a key by its id; false when there is no such live key. */
	public boolean revokeKey(long id) throws SQLException {
		return database.transaction(connection -> {
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE api_key SET revoked = CURRENT_TIMESTAMP WHERE id = ? AND revoked IS NULL")) {
				update.setLong(1, id);
				boolean revoked = update.executeUpdate() == 1;
				if (revoked) {
					AccessAudit.record(connection, actor, "key-revoke", null, true, "key " + id);
				}
				return revoked;
			}
		});
	}

	// --- signing in -----------------------------------------------------------------------------

	/** The caller behind a bearer value (an API key or a session token), if it is live and its account enabled. */
	public Optional<Caller> authenticate(String bearer) throws SQLException {
		if (bearer == null || !BEARER.matcher(bearer).matches()) {
			return Optional.empty();
		}
		boolean key = bearer.startsWith(KEY_PREFIX);
		String sql = key
				? "SELECT a.id, a.name, a.role, k.id FROM api_key k JOIN account a ON a.id = k.account_id "
						+ "WHERE k.key_hash = ? AND k.revoked IS NULL AND a.disabled IS NULL"
				: "SELECT a.id, a.name, a.role, NULL FROM account_session s JOIN account a ON a.id = s.account_id "
						+ "WHERE s.token_hash = ? AND s.expires > ? AND a.disabled IS NULL";
		String hash = Secrets.hash(bearer);
		return database.transaction(connection -> {
			try (PreparedStatement select = connection.prepareStatement(sql)) {
				select.setString(1, hash);
				if (!key) {
					select.setTimestamp(2, Timestamp.from(Instant.now()));
				}
				try (ResultSet row = select.executeQuery()) {
					if (!row.next()) {
						return Optional.empty();
					}
					long keyId = row.getLong(4);
					return Optional.of(new Caller(row.getLong(1), row.getString(2), Role.parse(row.getString(3)), row.wasNull() ? null : keyId));
				}
			}
		});
	}

	/**
	 * Signs in with a password: a new session token, or empty for a wrong password, an unknown or
	 * disabled account or one without a password (each taking as long, and each in the audit).
	 */
	public Optional<Session> login(String name, String password) throws SQLException {
		Optional<Account> account = name == null || name.length() > 200 ? Optional.empty() : find(name);
		String stored = null;
		if (account.isPresent()) {
			stored = database.transaction(connection -> {
				try (PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM account WHERE id = ?")) {
					select.setLong(1, account.get().id());
					try (ResultSet row = select.executeQuery()) {
						return row.next() ? row.getString(1) : null;
					}
				}
			});
		}
		boolean matches = Passwords.matches(password, stored);
		boolean allowed = matches && account.isPresent() && account.get().disabled() == null;
		String token = SESSION_PREFIX + Secrets.fresh();
		Instant expires = Instant.now().plus(SESSION_LIFETIME);
		return database.transaction(connection -> {
			String who = account.map(Account::name).orElse(null);
			if (!allowed) {
				AccessAudit.record(connection, who, "login", null, false, account.isEmpty() ? "no such account"
						: account.get().disabled() != null ? "account disabled" : "wrong password");
				return Optional.empty();
			}
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO account_session (token_hash, account_id, created, expires) VALUES (?, ?, ?, ?)")) {
				insert.setString(1, Secrets.hash(token));
				insert.setLong(2, account.get().id());
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.setTimestamp(4, Timestamp.from(expires));
				insert.executeUpdate();
			}
			AccessAudit.record(connection, who, "login", null, true, "session until " + expires);
			return Optional.of(new Session(token, expires, new Caller(account.get().id(), who, account.get().role(), null)));
		});
	}

	/** Deletes sessions that have expired (housekeeping). */
	public void forgetExpiredSessions() throws SQLException {
		database.transaction(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM account_session WHERE expires <= ?")) {
				delete.setTimestamp(1, Timestamp.from(Instant.now()));
				return delete.executeUpdate();
			}
		});
	}

	private static void endSessions(Connection connection, long account) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM account_session WHERE account_id = ?")) {
			delete.setLong(1, account);
			delete.executeUpdate();
		}
	}

	// --- grants and coaching --------------------------------------------------------------------

	/** Grants (or changes) access to an engagement; an engagement never loses its last owner this way. */
	public void grant(String engagement, String name, Level level) throws SQLException {
		checkEngagement(engagement);
		database.transaction(connection -> {
			Account account = existing(connection, name);
			Optional<Level> before = level(connection, engagement, account.id());
			if (before.isPresent() && before.get() == Level.OWNER && level != Level.OWNER) {
				keepAnOwner(connection, engagement, account.id());
			}
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM engagement_grant WHERE engagement = ? AND account_id = ?")) {
				delete.setString(1, engagement);
				delete.setLong(2, account.id());
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO engagement_grant (engagement, account_id, access_level, granted) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
				insert.setString(1, engagement);
				insert.setLong(2, account.id());
				insert.setString(3, level.word());
				insert.executeUpdate();
			}
			AccessAudit.record(connection, actor, "grant", engagement, true, name + " " + level.word());
			return null;
		});
	}

	/** Takes back an account's access to an engagement; false when it had none. The last owner stays. */
	public boolean revoke(String engagement, String name) throws SQLException {
		return database.transaction(connection -> {
			Account account = existing(connection, name);
			Optional<Level> before = level(connection, engagement, account.id());
			if (before.isEmpty()) {
				return false;
			}
			if (before.get() == Level.OWNER) {
				keepAnOwner(connection, engagement, account.id());
			}
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM engagement_grant WHERE engagement = ? AND account_id = ?")) {
				delete.setString(1, engagement);
				delete.setLong(2, account.id());
				delete.executeUpdate();
			}
			AccessAudit.record(connection, actor, "revoke", engagement, true, name + " was " + before.get().word());
			return true;
		});
	}

	public List<Grant> grants(String engagement) throws SQLException {
		return database.transaction(connection -> {
			List<Grant> grants = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT g.engagement, a.name, g.access_level FROM engagement_grant g "
					+ "JOIN account a ON a.id = g.account_id WHERE ? IS NULL OR g.engagement = ? ORDER BY g.engagement, a.name")) {
				select.setString(1, engagement);
				select.setString(2, engagement);
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						grants.add(new Grant(row.getString(1), row.getString(2), Level.parse(row.getString(3))));
					}
				}
			}
			return grants;
		});
	}

	/** Assigns participants of an engagement to a coach (an account with the coach role); returns how many were new. */
	public int coach(String engagement, String name, List<String> participants) throws SQLException {
		checkEngagement(engagement);
		for (String participant : participants) {
			if (participant.isBlank() || participant.length() > 200) {
				throw new AccountException("'" + participant + "' is not a participant id");
			}
		}
		return database.transaction(connection -> {
			Account account = existing(connection, name);
			if (account.role() != Role.COACH) {
				throw new AccountException("'" + name + "' is a " + account.role().word() + ", not a coach (server users set-role " + name
						+ " --role coach)");
			}
			int added = 0;
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO coach_assignment (engagement, account_id, participant, "
					+ "assigned) SELECT ?, ?, ?, CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM coach_assignment "
					+ "WHERE engagement = ? AND account_id = ? AND participant = ?)")) {
				for (String participant : participants) {
					insert.setString(1, engagement);
					insert.setLong(2, account.id());
					insert.setString(3, participant);
					insert.setString(4, engagement);
					insert.setLong(5, account.id());
					insert.setString(6, participant);
					added += insert.executeUpdate();
				}
			}
			AccessAudit.record(connection, actor, "coach", engagement, true, name + " coaches " + participants.size() + " participant(s)");
			return added;
		});
	}

	private static void checkEngagement(String engagement) {
		if (engagement == null || engagement.isBlank() || engagement.length() > 200 || engagement.chars().anyMatch(Character::isISOControl)) {
			throw new AccountException("'" + engagement + "' is not an engagement name (1 to 200 characters)");
		}
	}

	private static Optional<Level> level(Connection connection, String engagement, long account) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT access_level FROM engagement_grant WHERE engagement = ? AND account_id = ?")) {
			select.setString(1, engagement);
			select.setLong(2, account);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(Level.parse(row.getString(1))) : Optional.empty();
			}
		}
	}

	private static void keepAnOwner(Connection connection, String engagement, long leaving) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT COUNT(*) FROM engagement_grant WHERE engagement = ? AND access_level = 'owner' AND account_id <> ?")) {
			select.setString(1, engagement);
			select.setLong(2, leaving);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				if (row.getLong(1) == 0) {
					throw new AccountException("'" + engagement + "' would have no owner left; make someone else its owner first");
				}
			}
		}
	}

	// --- rows -----------------------------------------------------------------------------------

	private static final String ACCOUNT_COLUMNS = "id, name, display_name, role, password_hash IS NOT NULL, created, disabled";

	private static Optional<Account> find(Connection connection, String name) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE name = ?")) {
			select.setString(1, name);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(account(row)) : Optional.empty();
			}
		}
	}

	private static Account existing(Connection connection, String name) throws SQLException {
		return find(connection, name).orElseThrow(() -> new AccountException("no account '" + name + "' (see server users list)"));
	}

	private static Account account(ResultSet row) throws SQLException {
		return new Account(row.getLong(1), row.getString(2), row.getString(3), Role.parse(row.getString(4)), row.getBoolean(5),
				row.getTimestamp(6).toInstant(), instant(row.getTimestamp(7)));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}

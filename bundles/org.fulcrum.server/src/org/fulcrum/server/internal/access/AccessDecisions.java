package org.fulcrum.server.internal.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

import org.fulcrum.server.internal.store.Database;

/**
 * Every access decision of the server, in one place (docs/server.md "Accounts and roles" has the
 * table). {@link #rule} is the table itself, a pure function of the caller's role, their grant on
 * the engagement, whether they coach any of its participants and whether anyone holds it yet;
 * {@link #decide} looks those facts up afresh in the database (a disabled account or a changed
 * role takes effect at once), applies the rule and appends the decision, allowed or refused, to
 * the access audit.
 */
public final class AccessDecisions {

	private final Database database;

	public AccessDecisions(Database database) {
		this.database = database;
	}

	/** Decides, in a transaction of its own, and records the decision. */
	public Decision decide(Caller caller, String engagement, Action action) throws SQLException {
		return database.transaction(connection -> decide(connection, caller, engagement, action));
	}

	/** Decides in the caller's transaction (so that the decision and what it allows commit together) and records the decision. */
	public static Decision decide(Connection connection, Caller caller, String engagement, Action action) throws SQLException {
		if (action.onEngagement() && (engagement == null || engagement.isBlank())) {
			throw new IllegalArgumentException(action.word() + " needs an engagement");
		}
		Role role = null;
		Level grant = null;
		boolean claimed = false;
		try (PreparedStatement select = connection.prepareStatement("SELECT a.role, g.access_level FROM account a "
				+ "LEFT JOIN engagement_grant g ON g.account_id = a.id AND g.engagement = ? WHERE a.id = ? AND a.disabled IS NULL")) {
			select.setString(1, engagement == null ? "" : engagement);
			select.setLong(2, caller.accountId());
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					role = Role.parse(row.getString(1));
					grant = row.getString(2) == null ? null : Level.parse(row.getString(2));
				}
			}
		}
		TreeSet<String> coached = new TreeSet<>();
		if (action.onEngagement()) {
			try (PreparedStatement select = connection
					.prepareStatement("SELECT participant FROM coach_assignment WHERE engagement = ? AND account_id = ?")) {
				select.setString(1, engagement);
				select.setLong(2, caller.accountId());
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						coached.add(row.getString(1));
					}
				}
			}
			claimed = grant != null || claimed(connection, engagement);
		}
		String refusal = role == null ? "the account is disabled or gone" : rule(role, grant, !coached.isEmpty(), claimed, action);
		boolean allowed = refusal == null;
		Level level = role == null ? null : effective(role, grant);
		Set<String> participants = allowed && action == Action.READ_COACHING && role == Role.COACH ? java.util.Collections.unmodifiableSortedSet(coached) : null;
		// Nothing to hide about a name nobody holds when asking to start it; otherwise only those with access learn it exists.
		boolean starts = !claimed && (action == Action.WRITE_ENGAGEMENT || action == Action.PORTAL_PUBLISH);
		boolean known = role != null && (grant != null || !coached.isEmpty() || starts);
		Decision decision = new Decision(allowed, action, engagement, level, participants, known, refusal);
		if (action.onEngagement() || !allowed) {
			AccessAudit.record(connection, caller.name(), action.word(), engagement, allowed,
					(allowed ? (level == null ? (participants != null ? "coach of " + participants.size() + " participant(s)" : "new engagement")
							: level.word()) : refusal) + (caller.keyId() == null ? "; session" : "; key " + caller.keyId()));
		}
		return decision;
	}

	/**
	 * The engagements {@code caller} may find in a list (the rule of {@link #rule} for reading):
	 * those granted to them unless they are a coach, and those where a participant is assigned to
	 * them as coach; none for a disabled account. An administrator finds only what was granted.
	 */
	public static java.util.SortedSet<String> reachable(Connection connection, Caller caller) throws SQLException {
		TreeSet<String> names = new TreeSet<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT g.engagement FROM engagement_grant g JOIN account a ON a.id = g.account_id "
				+ "WHERE a.id = ? AND a.disabled IS NULL AND a.role <> 'coach' UNION SELECT c.engagement FROM coach_assignment c "
				+ "JOIN account a ON a.id = c.account_id WHERE a.id = ? AND a.disabled IS NULL AND a.role = 'coach'")) {
			select.setLong(1, caller.accountId());
			select.setLong(2, caller.accountId());
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					names.add(row.getString(1));
				}
			}
		}
		return names;
	}

	/**
	 * Makes {@code caller} the owner of {@code engagement} if nobody holds it yet (the first to
	 * publish or push a name owns it), in the caller's transaction; true when it did.
	 */
	public static boolean claim(Connection connection, String engagement, Caller caller) throws SQLException {
		if (claimed(connection, engagement)) {
			return false;
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO engagement_grant (engagement, account_id, access_level, granted) VALUES (?, ?, 'owner', CURRENT_TIMESTAMP)")) {
			insert.setString(1, engagement);
			insert.setLong(2, caller.accountId());
			insert.executeUpdate();
		}
		return true;
	}

	/** Whether anyone holds the engagement: a grant names it, or the portal has it (whose owner may since have been removed). */
	private static boolean claimed(Connection connection, String engagement) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM engagement_grant WHERE engagement = ?) "
				+ "+ (SELECT COUNT(*) FROM engagement WHERE ref = ?)")) {
			select.setString(1, engagement);
			select.setString(2, engagement);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return row.getLong(1) > 0;
			}
		}
	}

	/** What a role makes of a grant: an HR viewer never more than viewer, a coach nothing (coaching comes by assignment). */
	static Level effective(Role role, Level grant) {
		if (grant == null || role == Role.COACH) {
			return null;
		}
		return role == Role.HR_VIEWER ? Level.VIEWER : grant;
	}

	/**
	 * The decision table: null when {@code role} with {@code grant} (null: none) may do
	 * {@code action}, else why not. {@code coached}: the caller coaches at least one participant of
	 * the engagement; {@code claimed}: somebody holds the engagement already.
	 */
	public static String rule(Role role, Level grant, boolean coached, boolean claimed, Action action) {
		if (!action.onEngagement()) {
			return role == Role.ADMINISTRATOR ? null : "only an administrator may " + action.word();
		}
		Level level = effective(role, grant);
		return switch (action) {
		case READ_COACHING -> role == Role.COACH ? coached ? null : "no participant of this engagement is assigned to you as coach"
				: need(level, Level.VIEWER);
		case READ_ENGAGEMENT, PORTAL_PULL -> role == Role.COACH ? "a coach sees plans and sessions only, never raters' answers"
				: need(level, Level.VIEWER);
		case PORTAL_STATUS -> role == Role.COACH ? "a coach sees plans and sessions only" : need(level, Level.VIEWER);
		case WRITE_ENGAGEMENT, PORTAL_PUBLISH -> !claimed ? role == Role.CONSULTANT ? null : "only a consultant may start an engagement"
				: need(level, Level.EDITOR);
		case PORTAL_WITHDRAW, PORTAL_REMIND -> need(level, Level.EDITOR);
		case GRANT_ACCESS -> need(level, Level.OWNER);
		default -> throw new IllegalStateException("no rule for " + action);
		};
	}

	private static String need(Level level, Level required) {
		if (level == null) {
			return "this engagement was not granted to you";
		}
		return level.atLeast(required) ? null : "your access is " + level.word() + "; this needs " + required.word();
	}
}

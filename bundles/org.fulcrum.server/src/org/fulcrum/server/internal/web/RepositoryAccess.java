package org.fulcrum.server.internal.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.server.internal.access.AccessDecisions;
import org.fulcrum.server.internal.access.Caller;
import org.fulcrum.server.internal.access.Decision;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.internal.store.RepositoryStore;

/**
 * The repository's questions put to the server's one access decision ({@link AccessDecisions}):
 * reading a version whole needs read-engagement (viewer and up, never a coach); reading it as a
 * coach sees it needs read-coaching (the participants assigned); pushing and restoring need
 * write-engagement (editor and up, or, for a name nobody holds, a consultant, who then owns it).
 * Every decision is in the access audit.
 */
public final class RepositoryAccess {

	/** What a caller wants to do with one engagement. */
	public enum Action {
		/** history, open any version with everything in it */
		READ(org.fulcrum.server.internal.access.Action.READ_ENGAGEMENT),
		/** open a version as a coach sees it: plans and sessions of the participants coached, no answers ({@code CoachProjection}) */
		READ_WITHOUT_ANSWERS(org.fulcrum.server.internal.access.Action.READ_COACHING),
		/** push a new version (or, for a name nobody holds, create the engagement) */
		WRITE(org.fulcrum.server.internal.access.Action.WRITE_ENGAGEMENT),
		/** make an old version the latest again: a new version, so the same right as a push */
		RESTORE(org.fulcrum.server.internal.access.Action.WRITE_ENGAGEMENT);

		private final org.fulcrum.server.internal.access.Action decided;

		Action(org.fulcrum.server.internal.access.Action decided) {
			this.decided = decided;
		}
	}

	/** Refused: the message says what, without telling whether the engagement exists to someone who may not know. */
	public static final class Denied extends Exception {
		private static final long serialVersionUID = 1L;

		Denied(String message) {
			super(message);
		}
	}

	private final RepositoryStore store;
	private final Database database;
	private final AccessDecisions decisions;

	public RepositoryAccess(RepositoryStore store, Database database) {
		this.store = store;
		this.database = database;
		this.decisions = new AccessDecisions(database);
	}

	/** The decision on {@code action} with the engagement {@code name} (which may not exist yet). */
	public Decision decide(Caller caller, String name, Action action) throws SQLException {
		return decisions.decide(caller, name, action.decided);
	}

	/** The names {@code caller} may list: those granted to them, and those where they coach someone. */
	public Set<String> listable(Caller caller) throws SQLException {
		return database.transaction(connection -> AccessDecisions.reachable(connection, caller));
	}

	/** The participants whose plans and sessions a coach may see in {@code name}. */
	public Set<String> coachedParticipants(Decision decision) {
		return decision.participants() == null ? Set.of() : decision.participants();
	}

	/** The engagement {@code name} if {@code caller} may do {@code action} with it (empty: it does not exist and may be created); else {@link Denied}. */
	public Optional<RepositoryStore.Entry> require(Caller caller, String name, Action action) throws SQLException, Denied {
		Decision decision = decide(caller, name, action);
		if (!decision.allowed()) {
			throw new Denied(decision.known() ? "you may not " + verb(action) + " '" + name + "': " + decision.reason()
					: "there is no engagement '" + name + "' in the repository that you may " + verb(action));
		}
		return store.entry(name);
	}

	/** Makes {@code caller} the owner of a name they just started (the first to push or publish a name owns it). */
	public void claim(Caller caller, String name) throws SQLException {
		database.transaction(connection -> AccessDecisions.claim(connection, name, caller));
	}

	private static String verb(Action action) {
		return switch (action) {
		case READ, READ_WITHOUT_ANSWERS -> "read";
		case WRITE -> "change";
		case RESTORE -> "restore";
		};
	}
}

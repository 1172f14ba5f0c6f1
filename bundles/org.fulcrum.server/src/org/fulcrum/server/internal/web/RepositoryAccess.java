package org.fulcrum.server.internal.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.fulcrum.server.internal.store.RepositoryStore;

/**
 * Who may do what with the repository's engagements: every check of the repository API goes
 * through {@link #permits}. The rule until accounts exist: the caller is the owner of the API key
 * (its name in {@code api_key.owner}); the account that first pushed a name owns that
 * engagement and may do everything with it; nobody else gets anything (an engagement one may not
 * read is answered like one that does not exist). Accounts with roles and grants per engagement
 * replace this rule here, in one place.
 */
public final class RepositoryAccess {

	/** What a caller wants to do with one engagement. */
	public enum Action {
		/** list, history, open any version with everything in it */
		READ,
		/** open a version as a coach sees it: plans and sessions of the participants coached, no answers ({@code CoachProjection}) */
		READ_WITHOUT_ANSWERS,
		/** push a new version (or, for a name nobody has, create the engagement) */
		WRITE,
		/** make an old version the latest again */
		RESTORE
	}

	/** The account a request acts for. */
	public record Caller(long keyId, String account) {
	}

	/** Refused: the message says what, without telling whether the engagement exists. */
	public static final class Denied extends Exception {
		private static final long serialVersionUID = 1L;

		Denied(String message) {
			super(message);
		}
	}

	private final RepositoryStore store;

	public RepositoryAccess(RepositoryStore store) {
		this.store = store;
	}

	/** The one decision: may {@code caller} do {@code action} with {@code entry} (null: no engagement of that name yet)? */
	public boolean permits(Caller caller, RepositoryStore.Entry entry, Action action) {
		if (entry == null) {
			return action == Action.WRITE;
		}
		return entry.createdBy().equals(caller.account());
	}

	/** The participants whose plans and sessions {@code caller} may see under {@link Action#READ_WITHOUT_ANSWERS}: none yet (no coaches before accounts). */
	public Set<String> coachedParticipants(Caller caller, RepositoryStore.Entry entry) {
		return Set.of();
	}

	/** The engagement {@code name} if {@code caller} may do {@code action} with it (empty: it does not exist and may be created); else {@link Denied}. */
	public Optional<RepositoryStore.Entry> require(Caller caller, String name, Action action) throws SQLException, Denied {
		Optional<RepositoryStore.Entry> entry = store.entry(name);
		if (!permits(caller, entry.orElse(null), action)) {
			throw new Denied(entry.isEmpty() ? "there is no engagement '" + name + "' in the repository"
					: action == Action.WRITE && permits(caller, entry.get(), Action.READ) ? "you may not change '" + name + "'"
							: "there is no engagement '" + name + "' in the repository that you may " + verb(action));
		}
		return entry;
	}

	private static String verb(Action action) {
		return switch (action) {
		case READ, READ_WITHOUT_ANSWERS -> "read";
		case WRITE -> "change";
		case RESTORE -> "restore";
		};
	}
}

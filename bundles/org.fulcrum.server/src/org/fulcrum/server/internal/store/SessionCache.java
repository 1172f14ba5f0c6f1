package org.fulcrum.server.internal.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps what a session's page needs for a short while, so that a page view or a save does not
 * first ask the database who the session is. Safe because every change this server makes is
 * applied here when its transaction commits (saves, submissions, ended sessions, withdrawals),
 * a save still checks the sheet's version in the database, and anything changed behind the
 * server's back (another server on the same database, an edit by hand) is read again once an
 * entry is {@code freshNanos} old, or at once where the request names a newer version than the
 * entry's (the page after a save through another server, {@link PortalStore#sheet(String, int)}).
 * Entries of an expired session are never used.
 */
final class SessionCache {

	private record Session(long sheetId, String csrf, Instant expires, long loaded) {
	}

	private record Sheet(RaterSheet sheet, long loaded) {
	}

	/** Bounds memory: past this many sessions the table starts again (every entry can be read back). */
	private static final int MAX_ENTRIES = 100_000;

	private final long freshNanos;
	private final Map<String, Session> sessions = new ConcurrentHashMap<>();
	private final Map<Long, Sheet> sheets = new ConcurrentHashMap<>();

	SessionCache(long freshNanos) {
		this.freshNanos = freshNanos;
	}

	/** The session's sheet as last committed, when both are fresh and the session has not expired. */
	Optional<RaterSheet> get(String sessionHash) {
		Session session = sessions.get(sessionHash);
		long now = System.nanoTime();
		if (session == null || now - session.loaded() > freshNanos || !session.expires().isAfter(Instant.now())) {
			return Optional.empty();
		}
		Sheet sheet = sheets.get(session.sheetId());
		if (sheet == null || now - sheet.loaded() > freshNanos) {
			return Optional.empty();
		}
		return Optional.of(withCsrf(sheet.sheet(), session.csrf()));
	}

	/** Remembers a session and its sheet as just read from the database. */
	void loaded(String sessionHash, RaterSheet sheet, Instant expires) {
		if (sessions.size() > MAX_ENTRIES || sheets.size() > MAX_ENTRIES) {
			sessions.clear();
			sheets.clear();
		}
		long now = System.nanoTime();
		sessions.put(sessionHash, new Session(sheet.sheetId(), sheet.csrf(), expires, now));
		committed(sheet, now);
	}

	/** Records a sheet's state a committed transaction left; an older version never replaces a newer one. */
	void committed(RaterSheet sheet) {
		committed(sheet, System.nanoTime());
	}

	private void committed(RaterSheet sheet, long now) {
		Sheet fresh = new Sheet(withCsrf(sheet, null), now);
		sheets.merge(sheet.sheetId(), fresh, (old, next) -> next.sheet().version() >= old.sheet().version() ? next : old);
	}

	/** Forgets a sheet (withdrawn, or found changed by someone else): the next request reads it again. */
	void forgetSheet(long sheetId) {
		sheets.remove(sheetId);
	}

	void forgetSession(String sessionHash) {
		sessions.remove(sessionHash);
	}

	void forgetExpired() {
		Instant now = Instant.now();
		long nanos = System.nanoTime();
		sessions.values().removeIf(s -> !s.expires().isAfter(now) || nanos - s.loaded() > freshNanos);
		sheets.values().removeIf(s -> nanos - s.loaded() > freshNanos);
	}

	private static RaterSheet withCsrf(RaterSheet s, String csrf) {
		return new RaterSheet(s.sheetId(), csrf, s.engagement(), s.threshold(), s.participant(), s.relationship(), s.status(), s.language(),
				s.answers(), s.comments(), s.version(), s.form(), s.submitted());
	}
}

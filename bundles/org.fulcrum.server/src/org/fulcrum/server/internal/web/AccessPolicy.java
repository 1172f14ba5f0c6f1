package org.fulcrum.server.internal.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Caller;
import org.fulcrum.server.internal.store.PortalStore;
import org.fulcrum.server.internal.store.RaterSheet;
import org.fulcrum.server.protocol.Secrets;

/**
 * Who is asking. A rater is whoever holds a live session cookie, and reaches only that session's
 * sheet; a state change also needs the session's CSRF token and an {@code Origin} of this server.
 * An account is whoever sends a live API key or session token ({@link #caller}); what it may do
 * with an engagement is decided by {@link org.fulcrum.server.internal.access.AccessDecisions}.
 * Link lookups and failed keys, tokens and passwords are rate-limited per client address.
 */
public final class AccessPolicy {

	static final String COOKIE = "fulcrum_session";
	static final String SECURE_COOKIE = "__Host-fulcrum_session";

	private final ServerConfig config;
	private final PortalStore portal;
	private final Accounts accounts;
	private final RateLimiter lookups;
	private final RateLimiter failedKeys;

	AccessPolicy(ServerConfig config, PortalStore portal, Accounts accounts) {
		this.config = config;
		this.portal = portal;
		this.accounts = accounts;
		this.lookups = new RateLimiter(config.tokenLookupsPerMinute());
		this.failedKeys = new RateLimiter(config.failedKeysPerMinute());
	}

	/** Whether this address may look up another link now (and counts the lookup). */
	boolean mayLookUpLink(Request request) {
		return lookups.allow(Request.getRemoteAddr(request));
	}

	/** The rater's sheet, from the session cookie; empty without a live session. */
	Optional<RaterSheet> rater(Request request) throws SQLException {
		return rater(request, 0);
	}

	/** The rater's sheet at {@code atLeastVersion} or later (the version a save just committed, see {@link PortalStore#sheet(String, int)}). */
	Optional<RaterSheet> rater(Request request, int atLeastVersion) throws SQLException {
		String session = sessionCookie(request);
		return session == null ? Optional.empty() : portal.sheet(session, atLeastVersion);
	}

	String sessionCookie(Request request) {
		for (HttpCookie cookie : Request.getCookies(request)) {
			if (cookie.getName().equals(cookieName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure (and the __Host- prefix) behind TLS; no Max-Age, so it ends with the browser. */
	void startSession(Response response, String session) {
		Response.addCookie(response, HttpCookie.build(cookieName(), session).path("/").httpOnly(true).secure(config.secure())
				.sameSite(HttpCookie.SameSite.LAX).build());
	}

	void endSession(Response response) {
		Response.addCookie(response, HttpCookie.build(cookieName(), "").path("/").httpOnly(true).secure(config.secure())
				.sameSite(HttpCookie.SameSite.LAX).maxAge(0).build());
	}

	private String cookieName() {
		return config.secure() ? SECURE_COOKIE : COOKIE;
	}

	/**
	 * Whether a state-changing request from a rater is genuine: it comes from a page of this
	 * server ({@code Origin} equals the server's own origin) and carries the session's CSRF token.
	 */
	boolean mayChange(Request request, RaterSheet sheet, String csrf) {
		return sameOrigin(request) && Secrets.same(sheet.csrf(), csrf);
	}

	/**
	 * Whether the request comes from this server's own page. Under {@code Referrer-Policy:
	 * no-referrer} browsers send {@code Origin: null} with form posts, so then the browser's
	 * {@code Sec-Fetch-Site: same-origin} must vouch for it instead; anything else is refused.
	 */
	private boolean sameOrigin(Request request) {
		String origin = request.getHeaders().get(HttpHeader.ORIGIN);
		if (origin != null && !origin.equals("null")) {
			return origin.equals(ownOrigin(request));
		}
		return "same-origin".equals(request.getHeaders().get("Sec-Fetch-Site"));
	}

	/** The origin raters' pages come from: the public URL's, or the one this request was addressed to. */
	String ownOrigin(Request request) {
		URI base = config.publicUrl();
		if (base != null) {
			return base.getScheme() + "://" + base.getAuthority();
		}
		return request.getHttpURI().getScheme() + "://" + request.getHttpURI().getAuthority();
	}

	/**
	 * The account behind {@code Authorization: Bearer KEY-OR-SESSION-TOKEN}: a live API key or
	 * sign-in session of an enabled account. Public for the API handlers of other concerns.
	 */
	public Decision<Caller> caller(Request request) throws SQLException {
		String address = Request.getRemoteAddr(request);
		if (!failedKeys.open(address)) {
			return Decision.refusedForNow();
		}
		String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
		if (header != null && header.startsWith("Bearer ")) {
			Optional<Caller> caller = accounts.authenticate(header.substring(7).strip());
			if (caller.isPresent()) {
				return Decision.allowed(caller.get());
			}
		}
		failedKeys.allow(address);
		return Decision.denied();
	}

	/** Signs in with a password; failed attempts count with failed keys against the client's address. */
	Decision<Accounts.Session> login(Request request, String name, String password) throws SQLException {
		String address = Request.getRemoteAddr(request);
		if (!failedKeys.open(address)) {
			return Decision.refusedForNow();
		}
		Optional<Accounts.Session> session = accounts.login(name, password);
		if (session.isPresent()) {
			return Decision.allowed(session.get());
		}
		failedKeys.allow(address);
		return Decision.denied();
	}

	/** Allowed with a value, denied, or refused for now because the address made too many attempts. */
	public record Decision<T>(T value, boolean tooMany) {
		static <T> Decision<T> allowed(T value) {
			return new Decision<>(value, false);
		}

		static <T> Decision<T> denied() {
			return new Decision<>(null, false);
		}

		static <T> Decision<T> refusedForNow() {
			return new Decision<>(null, true);
		}

		public boolean allowed() {
			return value != null;
		}
	}
}

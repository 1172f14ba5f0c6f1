package org.fulcrum.server.internal.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.fulcrum.server.internal.access.AccessDecisions;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.access.Action;
import org.fulcrum.server.internal.access.Caller;
import org.fulcrum.server.internal.access.Decision;
import org.fulcrum.server.internal.store.ApiStore;
import org.fulcrum.server.internal.store.StoreUnavailableException;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.Publication;

/**
 * The API for accounts, with {@code Authorization: Bearer KEY-OR-SESSION-TOKEN}:
 * {@code POST /api/v1/login} (a JSON {@code {name, password}}, answered with a session token) and
 * under {@code /api/v1/engagements/ENG/}: {@code POST publish}, {@code GET sheets} (the submitted
 * ones), {@code GET progress}, {@code POST withdraw} and {@code POST reminded} (a JSON list of
 * token hashes), {@code GET access} (what the caller may do there). Each request on an engagement
 * is decided by {@link AccessDecisions}; an engagement the caller has no access to is answered like
 * one that does not exist.
 */
final class ApiHandler extends Handler.Abstract {

	static final String PREFIX = "/api/v1/engagements/";
	static final String LOGIN = "/api/v1/login";

	private final AccessPolicy access;
	private final AccessDecisions decisions;
	private final ApiStore store;
	private final int maxBody;

	ApiHandler(AccessPolicy access, AccessDecisions decisions, ApiStore store, int maxBody) {
		this.access = access;
		this.decisions = decisions;
		this.store = store;
		this.maxBody = maxBody;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = Request.getPathInContext(request);
		if (!path.startsWith(PREFIX) && !path.equals(LOGIN)) {
			return false;
		}
		try {
			if (path.equals(LOGIN)) {
				return login(request, response, callback);
			}
			AccessPolicy.Decision<Caller> caller = access.caller(request);
			if (caller.tooMany()) {
				response.getHeaders().put("Retry-After", "60");
				return error(response, callback, 429, "too many failed sign-ins or API keys from this address; wait a minute");
			}
			if (!caller.allowed()) {
				response.getHeaders().put("WWW-Authenticate", "Bearer");
				return error(response, callback, 401, "a valid API key or session is needed (Authorization: Bearer fk_... or fs_...)");
			}
			String rest = path.substring(PREFIX.length());
			int slash = rest.lastIndexOf('/');
			if (slash <= 0) {
				return error(response, callback, 404, "no such API address");
			}
			String engagement = rest.substring(0, slash);
			String what = rest.substring(slash + 1);
			boolean post = HttpMethod.POST.is(request.getMethod());
			boolean get = HttpMethod.GET.is(request.getMethod());
			Action action = post ? switch (what) {
			case "publish" -> Action.PORTAL_PUBLISH;
			case "withdraw" -> Action.PORTAL_WITHDRAW;
			case "reminded" -> Action.PORTAL_REMIND;
			default -> null;
			} : get ? switch (what) {
			case "sheets" -> Action.PORTAL_PULL;
			case "progress" -> Action.PORTAL_STATUS;
			case "access" -> Action.READ_COACHING;
			default -> null;
			} : null;
			if (action == null) {
				return error(response, callback, 404, "no such API address");
			}
			if (action == Action.READ_COACHING) {
				Decision coaching = decisions.decide(caller.value(), engagement, Action.READ_COACHING);
				return coaching.known() ? Replies.json(response, callback, 200, accessOf(caller.value(), coaching))
						: refused(response, callback, coaching);
			}
			if (action == Action.PORTAL_PUBLISH) {
				// decided inside the publication's transaction (ApiStore.publish): a new name's first publisher becomes its owner there
				Publication publication = Publication.fromJson(body(request));
				if (!publication.engagement().equals(engagement)) {
					return error(response, callback, 400, "the publication is for engagement '" + publication.engagement() + "', not this address's");
				}
				ApiStore.Published published = store.publish(caller.value(), publication);
				return published.refused() != null ? refused(response, callback, published.refused())
						: Replies.json(response, callback, 200,
								Json.write(Map.of("added", published.added(), "known", published.known(), "forms", published.forms())));
			}
			Decision decision = decisions.decide(caller.value(), engagement, action);
			if (!decision.allowed()) {
				return refused(response, callback, decision);
			}
			Optional<String> answer;
			if (action == Action.PORTAL_PULL) {
				answer = store.submittedSheets(engagement);
			} else if (action == Action.PORTAL_STATUS) {
				answer = store.progress(engagement);
			} else {
				List<String> hashes = hashes(body(request));
				Optional<Integer> changed = action == Action.PORTAL_WITHDRAW ? store.withdraw(engagement, hashes)
						: store.reminded(engagement, hashes);
				answer = changed.map(n -> Json.write(Map.of("changed", n)));
			}
			if (answer.isEmpty()) {
				return error(response, callback, 404, "no engagement '" + engagement + "' has been published to this server");
			}
			return Replies.json(response, callback, 200, answer.get());
		} catch (StoreUnavailableException e) {
			return Replies.unavailable(response, callback, "application/json; charset=utf-8",
					Json.write(Map.of("error", "the database is not reachable; try again shortly")));
		} catch (java.sql.SQLException e) {
			// two first publications of one new name at once: the unique name let one through, this one may try again
			// (23505 unique violation; 40001, 40P01 and H2's 90131 when the databases see it as a conflict of transactions)
			if (java.util.Set.of("23505", "40001", "40P01", "90131").contains(e.getSQLState())) {
				return error(response, callback, 409, "someone published or changed this engagement at the same moment; try again");
			}
			throw e;
		} catch (TooLarge e) {
			return error(response, callback, 413, "the request is larger than " + maxBody + " bytes (limits.maxBodyBytes)");
		} catch (IllegalArgumentException e) {
			return error(response, callback, 400, e.getMessage());
		}
	}

	/** Refused: like an engagement that does not exist for a caller with no access at all, else 403 with the reason. */
	static boolean refused(Response response, Callback callback, Decision decision) {
		if (!decision.known()) {
			return error(response, callback, 404, "no engagement '" + decision.engagement() + "' open to you on this server");
		}
		return error(response, callback, 403, decision.action().word() + " on '" + decision.engagement() + "' refused: " + decision.reason());
	}

	/** What the caller may do on the engagement: their level, the actions the decision table allows them, the participants they coach. */
	private static String accessOf(Caller caller, Decision coaching) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("engagement", coaching.engagement());
		answer.put("account", caller.name());
		answer.put("role", caller.role().word());
		List<String> allowed = new ArrayList<>();
		answer.put("level", coaching.level() == null ? null : coaching.level().word());
		if (coaching.allowed()) {
			allowed.add(Action.READ_COACHING.word());
			for (Action action : List.of(Action.READ_ENGAGEMENT, Action.WRITE_ENGAGEMENT, Action.GRANT_ACCESS, Action.PORTAL_PUBLISH,
					Action.PORTAL_PULL, Action.PORTAL_STATUS, Action.PORTAL_WITHDRAW, Action.PORTAL_REMIND)) {
				if (AccessDecisions.rule(caller.role(), coaching.level(), coaching.participants() != null, true, action) == null) {
					allowed.add(action.word());
				}
			}
		}
		answer.put("allowed", allowed);
		answer.put("coached", coaching.participants() == null ? null : new ArrayList<>(coaching.participants()));
		return Json.write(answer);
	}

	/** {@code POST /api/v1/login} with {@code {"name": ..., "password": ...}}: a session token for {@link Accounts#SESSION_LIFETIME}. */
	private boolean login(Request request, Response response, Callback callback) throws Exception {
		if (!HttpMethod.POST.is(request.getMethod())) {
			return error(response, callback, 405, "sign in with POST");
		}
		if (!(Json.parse(body(request)) instanceof Map<?, ?> form) || !(form.get("name") instanceof String name)
				|| !(form.get("password") instanceof String password)) {
			return error(response, callback, 400, "a JSON object with name and password was expected");
		}
		AccessPolicy.Decision<Accounts.Session> session = access.login(request, name, password);
		if (session.tooMany()) {
			response.getHeaders().put("Retry-After", "60");
			return error(response, callback, 429, "too many failed sign-ins or API keys from this address; wait a minute");
		}
		if (!session.allowed()) {
			return error(response, callback, 401, "wrong name or password, or the account is disabled");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token", session.value().token());
		answer.put("expires", session.value().expires().toString());
		answer.put("account", session.value().caller().name());
		answer.put("role", session.value().caller().role().word());
		response.getHeaders().put("Cache-Control", "no-store");
		return Replies.json(response, callback, 200, Json.write(answer));
	}

	private static List<String> hashes(String body) {
		if (Json.parse(body) instanceof List<?> list && list.stream().allMatch(h -> h instanceof String s && s.matches("[0-9a-f]{64}"))) {
			return list.stream().map(String.class::cast).toList();
		}
		throw new IllegalArgumentException("a JSON list of token hashes (64 hex digits each) was expected");
	}

	private String body(Request request) throws java.io.IOException {
		long declared = request.getLength();
		if (declared > maxBody) {
			throw new TooLarge();
		}
		try (InputStream in = Request.asInputStream(request)) {
			byte[] bytes = in.readNBytes(maxBody + 1);
			if (bytes.length > maxBody) {
				throw new TooLarge();
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private static boolean error(Response response, Callback callback, int status, String message) {
		return Replies.json(response, callback, status, Json.write(Map.of("error", message)));
	}

	private static final class TooLarge extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}
}

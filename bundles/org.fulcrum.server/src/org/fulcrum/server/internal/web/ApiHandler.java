package org.fulcrum.server.internal.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.fulcrum.server.internal.store.ApiStore;
import org.fulcrum.server.internal.store.StoreUnavailableException;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.Publication;

/**
 * The consultant's API, {@code /api/v1/engagements/ENG/...} with {@code Authorization: Bearer KEY}:
 * {@code POST publish}, {@code GET sheets} (the submitted ones), {@code GET progress},
 * {@code POST withdraw} and {@code POST reminded} (a JSON list of token hashes). An engagement the
 * key did not publish is answered like one that does not exist.
 */
final class ApiHandler extends Handler.Abstract {

	static final String PREFIX = "/api/v1/engagements/";

	private final AccessPolicy access;
	private final ApiStore store;
	private final int maxBody;

	ApiHandler(AccessPolicy access, ApiStore store, int maxBody) {
		this.access = access;
		this.store = store;
		this.maxBody = maxBody;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = Request.getPathInContext(request);
		if (!path.startsWith(PREFIX)) {
			return false;
		}
		try {
			AccessPolicy.Decision<Long> key = access.consultant(request);
			if (key.tooMany()) {
				response.getHeaders().put("Retry-After", "60");
				return error(response, callback, 429, "too many failed API keys from this address; wait a minute");
			}
			if (!key.allowed()) {
				response.getHeaders().put("WWW-Authenticate", "Bearer");
				return error(response, callback, 401, "a valid API key is needed (Authorization: Bearer fk_...)");
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
			Optional<String> answer;
			if (post && what.equals("publish")) {
				Publication publication = Publication.fromJson(body(request));
				if (!publication.engagement().equals(engagement)) {
					return error(response, callback, 400, "the publication is for engagement '" + publication.engagement() + "', not this address's");
				}
				ApiStore.Published published = store.publish(key.value(), publication);
				answer = Optional.of(Json.write(Map.of("added", published.added(), "known", published.known(), "forms", published.forms())));
			} else if (get && what.equals("sheets")) {
				answer = store.submittedSheets(key.value(), engagement);
			} else if (get && what.equals("progress")) {
				answer = store.progress(key.value(), engagement);
			} else if (post && (what.equals("withdraw") || what.equals("reminded"))) {
				List<String> hashes = hashes(body(request));
				Optional<Integer> changed = what.equals("withdraw") ? store.withdraw(key.value(), engagement, hashes)
						: store.reminded(key.value(), engagement, hashes);
				answer = changed.map(n -> Json.write(Map.of("changed", n)));
			} else {
				return error(response, callback, 404, "no such API address");
			}
			if (answer.isEmpty()) {
				return error(response, callback, 404, "no engagement '" + engagement + "' published with this key");
			}
			return Replies.json(response, callback, 200, answer.get());
		} catch (StoreUnavailableException e) {
			return Replies.unavailable(response, callback, "application/json; charset=utf-8",
					Json.write(Map.of("error", "the database is not reachable; try again shortly")));
		} catch (TooLarge e) {
			return error(response, callback, 413, "the request is larger than " + maxBody + " bytes (limits.maxBodyBytes)");
		} catch (IllegalArgumentException e) {
			return error(response, callback, 400, e.getMessage());
		}
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

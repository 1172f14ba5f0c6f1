package org.fulcrum.server.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.fulcrum.repository.CoachProjection;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.internal.store.RepositoryStore;
import org.fulcrum.server.internal.store.StoreUnavailableException;
import org.fulcrum.server.internal.web.RepositoryAccess.Action;
import org.fulcrum.server.internal.access.Caller;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.RepositoryNames;

/**
 * The repository API (docs/server.md), with the API key of {@code Authorization: Bearer KEY}:
 * <ul>
 * <li>{@code GET /api/v1/repository?q=TEXT&limit=N} the engagements one may read, by name;
 * <li>{@code GET /api/v1/repository/NAME/history} the versions, newest first;
 * <li>{@code GET /api/v1/repository/NAME/versions/N} (or {@code latest}) the content, metadata in {@code Fulcrum-*} headers;
 * <li>{@code POST /api/v1/repository/NAME/versions?base=N} a new version made from version N (0: a new engagement), the
 * content as body, the message in {@code Fulcrum-Message}: 201, or 409 with the latest version when N is not the latest;
 * <li>{@code POST /api/v1/repository/NAME/restore?version=N} a new version equal to N.
 * </ul>
 * Header values that may hold any text (author, message) are percent-encoded UTF-8.
 */
final class RepositoryHandler extends Handler.Abstract {

	static final String PREFIX = "/api/v1/repository";
	static final String CONTENT_TYPE = "application/vnd.fulcrum.engagement";

	private final AccessPolicy keys;
	private final RepositoryAccess access;
	private final RepositoryStore store;
	private final int maxBody;

	RepositoryHandler(AccessPolicy keys, RepositoryStore store, org.fulcrum.server.internal.store.Database database, int maxBody) {
		this.keys = keys;
		this.store = store;
		this.access = new RepositoryAccess(store, database);
		this.maxBody = maxBody;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = Request.getPathInContext(request);
		if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
			return false;
		}
		try {
			AccessPolicy.Decision<Caller> authenticated = keys.caller(request);
			if (authenticated.tooMany()) {
				response.getHeaders().put("Retry-After", "60");
				return error(response, callback, 429, "too many failed API keys from this address; wait a minute");
			}
			if (!authenticated.allowed()) {
				response.getHeaders().put("WWW-Authenticate", "Bearer");
				return error(response, callback, 401, "a valid API key is needed (Authorization: Bearer fk_...)");
			}
			Caller caller = authenticated.value();
			Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
			boolean get = HttpMethod.GET.is(request.getMethod());
			boolean post = HttpMethod.POST.is(request.getMethod());
			if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
				return get ? list(caller, query, response, callback) : error(response, callback, 405, "use GET to list engagements");
			}
			String[] parts = path.substring(PREFIX.length() + 1).split("/", -1);
			// The path arrives percent-encoded: each segment is decoded on its own, so an encoded slash stays in the name (and is refused there).
			String name = RepositoryNames.require(org.eclipse.jetty.util.URIUtil.decodePath(parts[0]));
			if (get && parts.length == 2 && parts[1].equals("history")) {
				access.require(caller, name, Action.READ);
				return Replies.json(response, callback, 200, Json.write(Map.of("versions",
						store.history(name).orElseThrow().stream().map(RepositoryHandler::info).toList())));
			}
			if (get && parts.length == 3 && parts[1].equals("versions")) {
				return version(caller, name, parts[2].equals("latest") ? 0 : number(parts[2], "version"), response, callback);
			}
			if (post && parts.length == 2 && parts[1].equals("versions")) {
				return push(caller, name, number(query.getValue("base"), "base"), request, response, callback);
			}
			if (post && parts.length == 2 && parts[1].equals("restore")) {
				access.require(caller, name, Action.RESTORE);
				int number = number(query.getValue("version"), "version");
				Optional<RepositoryStore.Outcome> outcome = number < 1 ? Optional.empty() : store.restore(name, number, caller.name());
				if (outcome.isEmpty()) {
					return error(response, callback, 404, "'" + name + "' has no version " + number);
				}
				return outcome(outcome.get(), response, callback);
			}
			return error(response, callback, 404, "no such API address");
		} catch (RepositoryAccess.Denied e) {
			return error(response, callback, 404, e.getMessage());
		} catch (StoreUnavailableException e) {
			return Replies.unavailable(response, callback, "application/json; charset=utf-8",
					Json.write(Map.of("error", "the database is not reachable; try again shortly")));
		} catch (TooLarge e) {
			return error(response, callback, 413, "the engagement is larger than " + maxBody + " bytes, the server's limit (limits.maxBodyBytes × 64)");
		} catch (IllegalArgumentException e) {
			return error(response, callback, 400, e.getMessage());
		}
	}

	private boolean list(Caller caller, Fields query, Response response, Callback callback) throws Exception {
		int limit = query.getValue("limit") == null ? 100 : Math.min(1000, number(query.getValue("limit"), "limit"));
		List<Object> engagements = new ArrayList<>();
		String after = null;
		java.util.Set<String> listable = access.listable(caller);
		// Pages through the names in order until enough readable ones are found (the rule decides per engagement).
		while (engagements.size() < limit) {
			List<RepositoryStore.Entry> page = store.list(query.getValue("q"), after, Math.max(limit, 200));
			for (RepositoryStore.Entry entry : page) {
				if (engagements.size() < limit && listable.contains(entry.name())) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("name", entry.name());
					row.put("latest", entry.latest());
					row.put("created", entry.created().toString());
					row.put("createdBy", entry.createdBy());
					row.put("updated", entry.updated().toString());
					row.put("updatedBy", entry.updatedBy());
					engagements.add(row);
				}
			}
			if (page.size() < Math.max(limit, 200)) {
				break;
			}
			after = page.get(page.size() - 1).name();
		}
		return Replies.json(response, callback, 200, Json.write(Map.of("engagements", engagements)));
	}

	private boolean version(Caller caller, String name, int number, Response response, Callback callback) throws Exception {
		Optional<RepositoryStore.Entry> entry = store.entry(name);
		boolean whole = access.decide(caller, name, Action.READ).allowed();
		org.fulcrum.server.internal.access.Decision coaching = whole ? null : access.decide(caller, name, Action.READ_WITHOUT_ANSWERS);
		if (!whole) {
			access.require(caller, name, Action.READ_WITHOUT_ANSWERS);
		}
		Optional<RepositoryStore.Version> version = entry.isEmpty() ? Optional.empty() : store.version(name, number);
		if (version.isEmpty()) {
			return error(response, callback, 404, "'" + name + "' has no version " + number);
		}
		byte[] content = version.get().content();
		if (!whole) {
			content = EngagementEncoding.encode(CoachProjection.withoutAnswers(EngagementEncoding.decode(content, Path.of(name + ".fulcrum")),
					access.coachedParticipants(coaching))).content();
			response.getHeaders().put("Fulcrum-Projection", "without-answers");
		}
		RepositoryStore.VersionInfo info = version.get().info();
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put("Fulcrum-Version", Integer.toString(info.number()));
		response.getHeaders().put("Fulcrum-Base", Integer.toString(info.base()));
		response.getHeaders().put("Fulcrum-Author", encoded(info.author()));
		response.getHeaders().put("Fulcrum-Time", info.at().toString());
		response.getHeaders().put("Fulcrum-Message", encoded(info.message()));
		response.getHeaders().put("Fulcrum-Encoding", version.get().encoding());
		response.write(true, ByteBuffer.wrap(content), callback);
		return true;
	}

	private boolean push(Caller caller, String name, int base, Request request, Response response, Callback callback) throws Exception {
		Optional<RepositoryStore.Entry> entry = store.entry(name);
		if (base == 0 && entry.isPresent() && !access.decide(caller, name, Action.WRITE).allowed()) {
			return error(response, callback, 409, "the name '" + name + "' is taken in the repository; choose another name");
		}
		access.require(caller, name, Action.WRITE);
		byte[] content = body(request);
		try {
			EngagementEncoding.format(content);
		} catch (IOException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
		String message = request.getHeaders().get("Fulcrum-Message");
		message = message == null ? "" : java.net.URLDecoder.decode(message, StandardCharsets.UTF_8);
		if (message.length() > 2000) {
			throw new IllegalArgumentException("the message is longer than 2,000 characters");
		}
		String size = request.getHeaders().get("Fulcrum-Size");
		long uncompressed = size == null ? content.length : number(size, "Fulcrum-Size");
		RepositoryStore.Outcome outcome = store.push(name, base, caller.name(), message, EngagementEncoding.NAME, content, uncompressed);
		if (entry.isEmpty() && outcome instanceof RepositoryStore.Stored) {
			access.claim(caller, name);
		}
		return outcome(outcome, response, callback);
	}

	private static boolean outcome(RepositoryStore.Outcome outcome, Response response, Callback callback) {
		if (outcome instanceof RepositoryStore.Stored stored) {
			return Replies.json(response, callback, 201, Json.write(info(stored.version())));
		}
		RepositoryStore.Refused refused = (RepositoryStore.Refused) outcome;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", refused.reason());
		body.put("latest", refused.latest() == null ? null : info(refused.latest()));
		return Replies.json(response, callback, refused.latest() == null && refused.reason().startsWith("there is no") ? 404 : 409, Json.write(body));
	}

	private static Map<String, Object> info(RepositoryStore.VersionInfo info) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("number", info.number());
		map.put("base", info.base());
		map.put("restoredFrom", info.restoredFrom());
		map.put("author", info.author());
		map.put("at", info.at().toString());
		map.put("message", info.message());
		map.put("size", info.size());
		map.put("stored", info.stored());
		return map;
	}

	private static int number(String text, String what) {
		if (text == null || !text.matches("[0-9]{1,9}")) {
			throw new IllegalArgumentException(what + " must be a number, not '" + text + "'");
		}
		return Integer.parseInt(text);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private byte[] body(Request request) throws IOException {
		if (request.getLength() > maxBody) {
			throw new TooLarge();
		}
		try (InputStream in = Request.asInputStream(request)) {
			byte[] bytes = in.readNBytes(maxBody + 1);
			if (bytes.length > maxBody) {
				throw new TooLarge();
			}
			return bytes;
		}
	}

	private static boolean error(Response response, Callback callback, int status, String message) {
		return Replies.json(response, callback, status, Json.write(Map.of("error", message)));
	}

	private static final class TooLarge extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}
}

package org.fulcrum.server.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.Publication;

/** The consultant's side of the server's API ({@code /api/v1}), authenticated by an API key. */
public final class ServerClient {

	private final URI server;
	private final String key;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public ServerClient(URI server, String key) {
		this.server = ServerLink.trimmed(server);
		this.key = key;
	}

	public URI server() {
		return server;
	}

	/** Publishes and returns {@code {added, known, forms}}. */
	public Map<String, Object> publish(Publication publication) throws ServerException {
		return Json.object(send(publication.engagement(), "publish", publication.toJson()));
	}

	/** The submitted sheets: a JSON array of {@code {tokenHash, submitted, answers, comments}}. */
	public String submittedSheets(String engagement) throws ServerException {
		return send(engagement, "sheets", null);
	}

	/** Each published invitation's progress: {@code {tokenHash, status, opened, saved, submitted}}, never an answer. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> progress(String engagement) throws ServerException {
		return (List<Map<String, Object>>) Json.parse(send(engagement, "progress", null));
	}

	public int withdraw(String engagement, List<String> tokenHashes) throws ServerException {
		return ((Number) Json.object(send(engagement, "withdraw", Json.write(tokenHashes))).get("changed")).intValue();
	}

	public int reminded(String engagement, List<String> tokenHashes) throws ServerException {
		return ((Number) Json.object(send(engagement, "reminded", Json.write(tokenHashes))).get("changed")).intValue();
	}

	private String send(String engagement, String what, String body) throws ServerException {
		URI uri = URI.create(server + "/api/v1/engagements/" + URLEncoder.encode(engagement, StandardCharsets.UTF_8).replace("+", "%20") + "/" + what);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + key)
				.header("Accept", "application/json");
		if (body == null) {
			request.GET();
		} else {
			request.header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = exchange(http, server, request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() == 200) {
			return response.body();
		}
		throw refusal(server, response.statusCode(), response.body());
	}

	/** Sends a request; an unreachable server or a broken connection becomes a {@link ServerException} that says so. */
	static <T> HttpResponse<T> exchange(HttpClient http, URI server, HttpRequest request, HttpResponse.BodyHandler<T> body) throws ServerException {
		try {
			return http.send(request, body);
		} catch (ConnectException e) {
			throw new ServerException(server + " does not answer (is the server running? ./fulcrum serve)", e);
		} catch (IOException e) {
			throw new ServerException(server + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ServerException(server + ": interrupted", e);
		}
	}

	/** What to tell the user about an answer other than success (shared with {@link RepositoryClient}). */
	static ServerException refusal(URI server, int status, String body) {
		String reason = reason(body);
		return new ServerException(switch (status) {
		case 401 -> server + " refused the API key (" + reason + "); check FULCRUM_API_KEY or ask the server's administrator for a key";
		case 403, 404 -> server + ": " + reason;
		case 429 -> server + ": " + reason;
		case 503 -> server + " cannot reach its database right now; try again in a moment";
		default -> server + " answered " + status + ": " + reason;
		});
	}

	private static String reason(String body) {
		try {
			Object error = Json.object(body).get("error");
			return error == null ? body : error.toString();
		} catch (IllegalArgumentException e) {
			return body.length() > 200 ? body.substring(0, 200) + "…" : body;
		}
	}
}

package org.fulcrum.server.client;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.protocol.RepositoryNames;

/** The repository API of a Fulcrum server ({@code /api/v1/repository}, docs/server.md), authenticated by an API key. */
public final class RepositoryClient {

	/** An engagement of the repository as the list shows it. */
	public record Listed(String name, int latest, Instant created, String createdBy, Instant updated, String updatedBy) {
	}

	/** One version without its content. */
	public record VersionInfo(int number, int base, Integer restoredFrom, String author, Instant at, String message, long size, long stored) {
	}

	/** One version's content as the server sent it; {@code withoutAnswers} when it is the coach's view. */
	public record Fetched(int number, String author, Instant at, String message, byte[] content, boolean withoutAnswers) {
	}

	/** A push or restore: stored as {@code version}, or refused because {@code latest} (null: unknown) is not what it was based on. */
	public record Outcome(VersionInfo version, VersionInfo latest, String reason) {
		public boolean stored() {
			return version != null;
		}
	}

	private final URI server;
	private final String key;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public RepositoryClient(URI server, String key) {
		this.server = ServerLink.trimmed(server);
		this.key = key;
	}

	public URI server() {
		return server;
	}

	/** The engagements one may read whose name contains {@code search} (null: all), by name. */
	public List<Listed> list(String search, int limit) throws ServerException {
		String query = "?limit=" + limit + (search == null || search.isBlank() ? "" : "&q=" + encode(search.strip()));
		Map<String, Object> answer = json(send(HttpRequest.newBuilder(URI.create(server + "/api/v1/repository" + query)).GET(), 200));
		List<Listed> listed = new ArrayList<>();
		for (Object row : (List<?>) answer.get("engagements")) {
			Map<?, ?> map = (Map<?, ?>) row;
			listed.add(new Listed((String) map.get("name"), ((Number) map.get("latest")).intValue(), Instant.parse((String) map.get("created")),
					(String) map.get("createdBy"), Instant.parse((String) map.get("updated")), (String) map.get("updatedBy")));
		}
		return listed;
	}

	/** The versions of {@code name}, newest first. */
	public List<VersionInfo> history(String name) throws ServerException {
		Map<String, Object> answer = json(send(HttpRequest.newBuilder(address(name, "history")).GET(), 200));
		List<VersionInfo> versions = new ArrayList<>();
		for (Object row : (List<?>) answer.get("versions")) {
			versions.add(info((Map<?, ?>) row));
		}
		return versions;
	}

	/** Version {@code number} of {@code name} (0: the latest). */
	public Fetched version(String name, int number) throws ServerException {
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(address(name, "versions/" + (number == 0 ? "latest" : number))).GET(), 200);
		var headers = response.headers();
		return new Fetched(Integer.parseInt(headers.firstValue("Fulcrum-Version").orElse("0")), decode(headers.firstValue("Fulcrum-Author").orElse("")),
				Instant.parse(headers.firstValue("Fulcrum-Time").orElseThrow()), decode(headers.firstValue("Fulcrum-Message").orElse("")), response.body(),
				headers.firstValue("Fulcrum-Projection").isPresent());
	}

	/** Pushes a new version of {@code name} made from version {@code base} (0: a new engagement). */
	public Outcome push(String name, int base, String message, EngagementEncoding.Encoded content) throws ServerException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address(name, "versions") + "?base=" + base))
				.header("Content-Type", "application/vnd.fulcrum.engagement").header("Fulcrum-Message", encode(message == null ? "" : message))
				.header("Fulcrum-Size", Long.toString(content.size())).POST(HttpRequest.BodyPublishers.ofByteArray(content.content()));
		return outcome(send(request, 201, 409));
	}

	/** Makes a new version equal to version {@code number}. */
	public Outcome restore(String name, int number) throws ServerException {
		return outcome(send(HttpRequest.newBuilder(URI.create(address(name, "restore") + "?version=" + number)).POST(HttpRequest.BodyPublishers.noBody()),
				201, 409));
	}

	private static Outcome outcome(HttpResponse<byte[]> response) {
		Map<String, Object> answer = json(response);
		if (response.statusCode() == 201) {
			return new Outcome(info(answer), null, null);
		}
		Object latest = answer.get("latest");
		return new Outcome(null, latest instanceof Map<?, ?> map ? info(map) : null, String.valueOf(answer.get("error")));
	}

	private static VersionInfo info(Map<?, ?> map) {
		Object restored = map.get("restoredFrom");
		return new VersionInfo(((Number) map.get("number")).intValue(), ((Number) map.get("base")).intValue(),
				restored == null ? null : ((Number) restored).intValue(), (String) map.get("author"), Instant.parse((String) map.get("at")),
				(String) map.get("message"), ((Number) map.get("size")).longValue(), ((Number) map.get("stored")).longValue());
	}

	private URI address(String name, String what) {
		return URI.create(server + "/api/v1/repository/" + encode(RepositoryNames.require(name)) + "/" + what);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request, int... expected) throws ServerException {
		request.timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + key);
		HttpResponse<byte[]> response = ServerClient.exchange(http, server, request.build(), HttpResponse.BodyHandlers.ofByteArray());
		for (int status : expected) {
			if (response.statusCode() == status) {
				return response;
			}
		}
		throw ServerClient.refusal(server, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
	}

	private static Map<String, Object> json(HttpResponse<byte[]> response) {
		return Json.object(new String(response.body(), StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}

package org.fulcrum.server.tests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A rater's browser without the browser: keeps cookies, follows no redirect by itself, posts forms as a page of the server would. */
final class Rater {

	private final URI server;
	final CookieManager cookies;
	private final HttpClient http;
	String origin;

	Rater(URI server) {
		this(server, new CookieManager());
	}

	/** A browser window on {@code server} that shares {@code cookies} with others: one rater reaching several servers behind a balancer. */
	Rater(URI server, CookieManager cookies) {
		this.server = server;
		this.cookies = cookies;
		this.origin = server.getScheme() + "://" + server.getAuthority();
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5)).build();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Opens a private link and follows the redirect to the questionnaire. */
	HttpResponse<String> open(URI link) throws IOException, InterruptedException {
		HttpResponse<String> first = get(link);
		if (first.statusCode() != 303) {
			return first;
		}
		return get(first.headers().firstValue("Location").orElseThrow());
	}

	HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = encode(fields);
		HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The fields as a form post's body (application/x-www-form-urlencoded). */
	static String encode(Map<String, String> fields) {
		return fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}

	/** The hidden fields (csrf, version, lang) of the page's form. */
	static Map<String, String> hidden(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(page);
		while (m.find()) {
			fields.putIfAbsent(m.group(1), m.group(2));
		}
		return fields;
	}

	/** The item field names of the page, in order. */
	static java.util.List<String> items(String page) {
		return Pattern.compile("name=\"a:([^\"]+)\" value=\"1\"").matcher(page).results().map(r -> r.group(1)).toList();
	}
}

package org.fulcrum.server;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's settings, read from one properties file (docs/server.md lists every key). A value
 * {@code ${env:NAME}} is taken from the environment variable NAME, so that secrets such as the
 * database password never sit in the file.
 *
 * @param bind           the address Jetty listens on (default 127.0.0.1: a reverse proxy in front)
 * @param port           0 picks a free port
 * @param publicUrl      the address raters' links start with, e.g. https://feedback.example.com
 * @param databaseUrl    a JDBC URL, {@code jdbc:postgresql://...} or {@code jdbc:h2:...}
 * @param trustForwarded whether to take the client address and scheme from the proxy's Forwarded headers
 */
public record ServerConfig(String bind, int port, URI publicUrl, String databaseUrl, String databaseUser, String databasePassword,
		int poolSize, Duration sessionLifetime, int tokenLookupsPerMinute, int failedKeysPerMinute, int maxBodyBytes,
		boolean trustForwarded) {

	private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)\\}");

	/** Settings for a server on loopback with an embedded H2 database in {@code folder}. */
	public static ServerConfig embedded(Path folder, int port) {
		return new ServerConfig("127.0.0.1", port, null, h2Url(folder), "fulcrum", "", 8, Duration.ofHours(12), 30, 10, 256 * 1024,
				false);
	}

	/** The JDBC URL of an H2 file database in {@code folder}: PostgreSQL mode (the one schema serves both), commits written at once. */
	public static String h2Url(Path folder) {
		return "jdbc:h2:" + folder.toAbsolutePath().resolve("fulcrum-server") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
	}

	/** The same settings on another port. */
	public ServerConfig withPort(int newPort) {
		return new ServerConfig(bind, newPort, publicUrl, databaseUrl, databaseUser, databasePassword, poolSize, sessionLifetime,
				tokenLookupsPerMinute, failedKeysPerMinute, maxBodyBytes, trustForwarded);
	}

	/** The same settings with another database. */
	public ServerConfig withDatabase(String url, String user, String password) {
		return new ServerConfig(bind, port, publicUrl, url, user, password, poolSize, sessionLifetime, tokenLookupsPerMinute,
				failedKeysPerMinute, maxBodyBytes, trustForwarded);
	}

	/** The same settings with other rate limits (tests and benchmarks that make many requests from one address). */
	public ServerConfig withLimits(int lookupsPerMinute, int failuresPerMinute) {
		return new ServerConfig(bind, port, publicUrl, databaseUrl, databaseUser, databasePassword, poolSize, sessionLifetime,
				lookupsPerMinute, failuresPerMinute, maxBodyBytes, trustForwarded);
	}

	/** Whether raters reach the server over TLS (then cookies are {@code Secure}). */
	public boolean secure() {
		return publicUrl != null && "https".equalsIgnoreCase(publicUrl.getScheme());
	}

	/** Reads a settings file; a bad or missing value is a {@link ConfigException} naming the file, line and key. */
	public static ServerConfig read(Path file) throws ConfigException {
		return read(file, System.getenv());
	}

	public static ServerConfig read(Path file, Map<String, String> environment) throws ConfigException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new ConfigException(file + ": cannot be read: " + e.getMessage());
		}
		Function<String, String> value = key -> {
			String raw = properties.getProperty(key);
			if (raw == null) {
				return null;
			}
			Matcher m = ENV.matcher(raw.strip());
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				String set = environment.get(m.group(1));
				m.appendReplacement(out, Matcher.quoteReplacement(set == null ? "\u0000" + m.group(1) : set));
			}
			m.appendTail(out);
			return out.toString();
		};
		Settings s = new Settings(file, value);
		for (String key : properties.stringPropertyNames()) {
			if (!KNOWN.contains(key) && !key.startsWith("mail.")) {
				throw new ConfigException(file + ":" + s.line(key) + ": unknown setting '" + key + "' (docs/server.md lists them)");
			}
		}
		Path folder = file.toAbsolutePath().getParent();
		String database = s.text("database.url", h2Url(folder));
		if (!database.startsWith("jdbc:postgresql:") && !database.startsWith("jdbc:h2:")) {
			throw new ConfigException(file + ":" + s.line("database.url") + ": database.url: '" + database
					+ "' is neither a jdbc:postgresql: nor a jdbc:h2: URL");
		}
		URI url = null;
		String publicUrl = s.text("server.publicUrl", null);
		if (publicUrl != null) {
			try {
				url = URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
				if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
					throw new IllegalArgumentException();
				}
			} catch (IllegalArgumentException e) {
				throw new ConfigException(file + ":" + s.line("server.publicUrl") + ": server.publicUrl: '" + publicUrl
						+ "' is not an http(s) address like https://feedback.example.com");
			}
		}
		return new ServerConfig(s.text("server.bind", "127.0.0.1"), s.number("server.port", 8080, 0, 65535), url, database,
				s.text("database.user", "fulcrum"), s.text("database.password", ""), s.number("database.poolSize", 16, 1, 500),
				Duration.ofHours(s.number("session.hours", 12, 1, 24 * 60)), s.number("limits.tokenLookupsPerMinute", 30, 1, 1_000_000),
				s.number("limits.failedKeysPerMinute", 10, 1, 1_000_000), s.number("limits.maxBodyBytes", 256 * 1024, 1024, 64 << 20),
				Boolean.parseBoolean(s.text("server.trustForwardedHeaders", "false")));
	}

	private static final java.util.Set<String> KNOWN = java.util.Set.of("server.bind", "server.port", "server.publicUrl",
			"server.trustForwardedHeaders", "database.url", "database.user", "database.password", "database.poolSize", "session.hours",
			"limits.tokenLookupsPerMinute", "limits.failedKeysPerMinute", "limits.maxBodyBytes");

	/** Reads typed values and names the line of a bad one. */
	private record Settings(Path file, Function<String, String> value) {

		String text(String key, String fallback) throws ConfigException {
			String v = value.apply(key);
			if (v == null || v.isBlank()) {
				return fallback;
			}
			int unset = v.indexOf('\u0000');
			if (unset >= 0) {
				throw new ConfigException(file + ":" + line(key) + ": " + key + ": the environment variable "
						+ v.substring(unset + 1).split("[^A-Za-z0-9_]")[0] + " is not set");
			}
			return v.strip();
		}

		int number(String key, int fallback, int minimum, int maximum) throws ConfigException {
			String v = text(key, null);
			if (v == null) {
				return fallback;
			}
			try {
				int n = Integer.parseInt(v);
				if (n >= minimum && n <= maximum) {
					return n;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw new ConfigException(file + ":" + line(key) + ": " + key + ": '" + v + "' is not a whole number from " + minimum + " to " + maximum);
		}

		int line(String key) {
			try {
				var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String l = lines.get(i).strip();
					if (l.startsWith(key) && l.substring(key.length()).strip().matches("^[=:].*")) {
						return i + 1;
					}
				}
			} catch (IOException e) {
				// the line is a courtesy
			}
			return 0;
		}
	}
}

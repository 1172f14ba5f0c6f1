package org.fulcrum.server.client;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where an engagement was published and with which key. The server's address is remembered
 * beside the engagement file ({@code ENG.server}, no secret in it); the API key comes from the
 * environment variable {@code FULCRUM_API_KEY}, else from the user's key file
 * ({@code ~/.config/fulcrum/api-keys.properties}, readable by the user only), by server address.
 */
public final class ServerLink {

	public static final String KEY_VARIABLE = "FULCRUM_API_KEY";

	private ServerLink() {
	}

	/**
	 * The server address a user typed: http or https with a host, trailing blanks and slashes
	 * ignored, so that {@code https://x/} and {@code https://x} are one server (one key, one sidecar).
	 *
	 * @throws IllegalArgumentException with a message for the user when it is not one
	 */
	public static URI address(String given) {
		try {
			URI uri = trimmed(URI.create(given.strip()));
			if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
				return uri;
			}
		} catch (IllegalArgumentException e) {
			// reported below
		}
		throw new IllegalArgumentException("a server address looks like https://feedback.example.com, not '" + given + "'");
	}

	/** {@code server} without trailing slashes: the one form the clients, the key file and the sidecars use. */
	static URI trimmed(URI server) {
		String text = server.toString();
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return URI.create(text);
	}

	/** The process environment, with {@code -Dfulcrum.keyFile} standing in for {@code FULCRUM_KEY_FILE} (tests, scripts). */
	public static Map<String, String> environment() {
		Map<String, String> environment = new java.util.HashMap<>(System.getenv());
		String keyFile = System.getProperty("fulcrum.keyFile");
		if (keyFile != null) {
			environment.put("FULCRUM_KEY_FILE", keyFile);
		}
		return environment;
	}

	public static Path sidecar(Path engagement) {
		return engagement.resolveSibling(engagement.getFileName() + ".server");
	}

	public static void remember(Path engagement, URI server) throws IOException {
		Properties p = sidecarProperties(engagement);
		p.setProperty("server", server.toString());
		store(engagement, p);
	}

	public static Optional<URI> remembered(Path engagement) throws IOException {
		String server = sidecarProperties(engagement).getProperty("server");
		return server == null || server.isBlank() ? Optional.empty() : Optional.of(URI.create(server.strip()));
	}

	/** The reminder schedule of {@code round} (null: the engagement's own), days after publishing; {@link Reminders#DEFAULT_DAYS} unless set. */
	public static java.util.List<Integer> reminderDays(Path engagement, String round) throws IOException {
		Properties p = sidecarProperties(engagement);
		String days = p.getProperty(round == null ? "reminders" : "reminders." + round, p.getProperty("reminders"));
		if (days == null) {
			return Reminders.DEFAULT_DAYS;
		}
		try {
			return Reminders.parse(days);
		} catch (IllegalArgumentException e) {
			throw new IOException(sidecar(engagement) + ": reminders" + (round == null ? "" : "." + round) + ": " + e.getMessage(), e);
		}
	}

	/** Keeps the reminder schedule of {@code round} (null: every round without its own) beside the engagement. */
	public static void rememberReminderDays(Path engagement, String round, java.util.List<Integer> days) throws IOException {
		Properties p = sidecarProperties(engagement);
		p.setProperty(round == null ? "reminders" : "reminders." + round,
				days.isEmpty() ? "none" : days.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
		store(engagement, p);
	}

	private static Properties sidecarProperties(Path engagement) throws IOException {
		Properties p = new Properties();
		Path file = sidecar(engagement);
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
		}
		return p;
	}

	/** Writes the sidecar beside the engagement atomically: a crash leaves the old one or the new one. */
	private static void store(Path engagement, Properties p) throws IOException {
		Path target = sidecar(engagement);
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				p.store(out, "Where ./fulcrum publish sent this engagement (pull and status ask this server), and its reminder schedule");
			}
			Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The API key for {@code server}, or empty when neither the environment nor the key file has one. */
	public static Optional<String> key(URI server, Map<String, String> environment) throws IOException {
		String set = environment.get(KEY_VARIABLE);
		if (set != null && !set.isBlank()) {
			return Optional.of(set.strip());
		}
		Path file = keyFile(environment);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		String address = server.toString();
		String other = address.endsWith("/") ? address.substring(0, address.length() - 1) : address + "/";
		return Optional.ofNullable(p.getProperty(address, p.getProperty(other)));
	}

	/** Keeps {@code key} for {@code server} in the user's key file (created readable by the user only). */
	public static void storeKey(URI server, String key, Map<String, String> environment) throws IOException {
		Path file = keyFile(environment);
		Files.createDirectories(file.getParent());
		Properties p = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
		} else {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		p.setProperty(server.toString(), key);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			p.store(out, "Fulcrum server API keys by server address (keep this file private)");
		}
	}

	static Path keyFile(Map<String, String> environment) {
		String explicit = environment.get("FULCRUM_KEY_FILE");
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String config = environment.get("XDG_CONFIG_HOME");
		Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
		return base.resolve("fulcrum").resolve("api-keys.properties");
	}
}

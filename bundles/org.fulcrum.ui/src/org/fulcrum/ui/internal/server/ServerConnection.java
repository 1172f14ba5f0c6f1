package org.fulcrum.ui.internal.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.ui.internal.Prompts;

/**
 * The Fulcrum server an engagement talks to and the user's API key for it, found as
 * {@code ./fulcrum publish} and {@code pull} find them: the address beside the engagement file,
 * the key in {@code FULCRUM_API_KEY} or the user's key file (docs/server.md).
 */
public record ServerConnection(URI server, String key) {

	private static final String TITLE = "Fulcrum server";

	/** The server the engagement was published to, with the user's key for it; empty when either is missing. */
	public static Optional<ServerConnection> remembered(Path engagement) throws IOException {
		Optional<URI> server = ServerLink.remembered(engagement);
		if (server.isEmpty()) {
			return Optional.empty();
		}
		return ServerLink.key(server.get(), ServerLink.environment()).map(key -> new ServerConnection(server.get(), key));
	}

	/**
	 * The server the engagement was published to, else one the user types; the key the user has
	 * for it, else one the user pastes, which is then kept in the key file (readable by the user
	 * only) so that the CLI finds it too. Empty when the user cancels.
	 */
	public static Optional<ServerConnection> ask(Path engagement, Prompts prompts) throws IOException {
		return ask(ServerLink.remembered(engagement).orElse(null), "publish " + engagement.getFileName() + " to", prompts);
	}

	/**
	 * The server {@code known}, else one the user types (to do what {@code purpose} says, e.g.
	 * "publish x.fulcrum to"); the key as {@link #ask(Path, Prompts)} finds or asks it.
	 */
	public static Optional<ServerConnection> ask(URI known, String purpose, Prompts prompts) throws IOException {
		URI server = known;
		while (server == null) {
			String typed = prompts.askText(TITLE, "The address of the Fulcrum server to " + purpose + " (e.g. https://feedback.example.com):",
					"https://");
			if (typed == null) {
				return Optional.empty();
			}
			try {
				server = ServerLink.address(typed);
			} catch (IllegalArgumentException e) {
				prompts.error(TITLE, "That is not a server address: " + e.getMessage() + ".");
			}
		}
		Map<String, String> environment = ServerLink.environment();
		Optional<String> stored = ServerLink.key(server, environment);
		if (stored.isPresent()) {
			return Optional.of(new ServerConnection(server, stored.get()));
		}
		String typed = prompts.askSecret(TITLE, "Your personal API key for " + server
				+ " (the server's administrator gives it to you; see docs/server.md). It is kept in your key file, readable by you only.");
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		ServerLink.storeKey(server, typed.strip(), environment);
		return Optional.of(new ServerConnection(server, typed.strip()));
	}

	public ServerClient client() {
		return new ServerClient(server, key);
	}

	public org.fulcrum.server.client.RepositoryClient repository() {
		return new org.fulcrum.server.client.RepositoryClient(server, key);
	}

	@Override
	public String toString() {
		return server.toString(); // never the key
	}
}

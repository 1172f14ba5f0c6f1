package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerLink;

/** The server an engagement talks to ({@code --server URL} or the one it was published to) and the key to use. */
final class ServerAccess {

	private ServerAccess() {
	}

	/** The environment, with {@code -Dfulcrum.keyFile} standing in for {@code FULCRUM_KEY_FILE} (tests, scripts). */
	static Map<String, String> environment() {
		Map<String, String> environment = new HashMap<>(System.getenv());
		String keyFile = System.getProperty("fulcrum.keyFile");
		if (keyFile != null) {
			environment.put("FULCRUM_KEY_FILE", keyFile);
		}
		return environment;
	}

	static URI server(Arguments arguments, Path engagement) throws UsageException, IOException {
		String given = arguments.option("server", null);
		if (given != null) {
			try {
				URI uri = URI.create(given.strip());
				if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
					return uri;
				}
			} catch (IllegalArgumentException e) {
				// reported below
			}
			throw new UsageException(arguments.command() + ": --server needs an address like https://feedback.example.com, not '" + given + "'");
		}
		return ServerLink.remembered(engagement).orElseThrow(() -> new UsageException(arguments.command() + ": "
				+ engagement.getFileName() + " was not published yet; give --server URL (see docs/server.md)"));
	}

	static ServerClient client(Arguments arguments, URI server) throws UsageException, IOException {
		String key = ServerLink.key(server, environment()).orElseThrow(() -> new UsageException(arguments.command()
				+ ": no API key for " + server + "; set " + ServerLink.KEY_VARIABLE + " (./fulcrum server-key create NAME on the server prints one)"));
		return new ServerClient(server, key);
	}
}

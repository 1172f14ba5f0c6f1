package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerLink;

/** The server an engagement talks to ({@code --server URL} or the one it was published to) and the key to use. */
final class ServerAccess {

	private ServerAccess() {
	}

	static Map<String, String> environment() {
		return ServerLink.environment();
	}

	static URI server(Arguments arguments, Path engagement) throws UsageException, IOException {
		String given = arguments.option("server", null);
		if (given != null) {
			try {
				return ServerLink.address(given);
			} catch (IllegalArgumentException e) {
				throw new UsageException(arguments.command() + ": --server: " + e.getMessage());
			}
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

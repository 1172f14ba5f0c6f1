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
		java.util.Optional<URI> given = given(arguments);
		if (given.isPresent()) {
			return given.get();
		}
		return ServerLink.remembered(engagement).orElseThrow(() -> new UsageException(arguments.command() + ": "
				+ engagement.getFileName() + " was not published yet; give --server URL (see docs/server.md)"));
	}

	/** The server of {@code --server URL}; empty without it. */
	static java.util.Optional<URI> given(Arguments arguments) throws UsageException {
		return parse(arguments, arguments.option("server", null), "--server");
	}

	/** The server the environment variable {@code FULCRUM_SERVER} names (the repository commands' last resort). */
	static java.util.Optional<URI> fromEnvironment(Arguments arguments) throws UsageException {
		return parse(arguments, environment().get("FULCRUM_SERVER"), "FULCRUM_SERVER");
	}

	private static java.util.Optional<URI> parse(Arguments arguments, String given, String source) throws UsageException {
		if (given == null || given.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(ServerLink.address(given));
		} catch (IllegalArgumentException e) {
			throw new UsageException(arguments.command() + ": " + source + ": " + e.getMessage());
		}
	}

	static ServerClient client(Arguments arguments, URI server) throws UsageException, IOException {
		return new ServerClient(server, key(arguments, server));
	}

	static org.fulcrum.server.client.RepositoryClient repository(Arguments arguments, URI server) throws UsageException, IOException {
		return new org.fulcrum.server.client.RepositoryClient(server, key(arguments, server));
	}

	private static String key(Arguments arguments, URI server) throws UsageException, IOException {
		return ServerLink.key(server, environment()).orElseThrow(() -> new UsageException(arguments.command()
				+ ": no API key for " + server + "; set " + ServerLink.KEY_VARIABLE + " (./fulcrum server-key create NAME on the server prints one)"));
	}
}

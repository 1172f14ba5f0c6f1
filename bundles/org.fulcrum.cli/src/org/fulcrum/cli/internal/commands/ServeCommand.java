package org.fulcrum.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.mail.MailSettings;
import org.fulcrum.model.query.GroupWords;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.ServerLink;

/**
 * {@code ./fulcrum serve [--config FILE] [--port N]}: runs the Fulcrum server until stopped.
 * {@code --demo [DIR]} serves the open invitations of the demo engagement ({@code ./fulcrum demo})
 * on an embedded database in DIR and prints their links, for a newcomer to answer in a browser.
 */
public final class ServeCommand implements Command {

	/** A demo server and the links it printed. */
	public record Demo(FulcrumServer server, Publisher.Prepared published) implements AutoCloseable {
		@Override
		public void close() throws Exception {
			server.close();
		}
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String synopsis() {
		return "[--config FILE] [--port N] | --demo [DIR] [--port N]";
	}

	@Override
	public String summary() {
		return "run the Fulcrum server: the raters' questionnaires and the consultants' API (docs/server.md)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("config", "port", "demo")).atMost(1);
		FulcrumServer server;
		if (arguments.flag("demo")) {
			Path folder = Path.of(arguments.operandOr(0, "fulcrum-demo")).toAbsolutePath().normalize();
			server = startDemo(folder, arguments.intOption("port", 8080, 0), console).server();
		} else {
			arguments.atMost(0);
			server = FulcrumServer.start(config(arguments, 8080));
			console.out().println("serve: listening on " + server.publicUrl() + " (Ctrl-C stops it)");
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				// stopping anyway
			}
		}, "fulcrum-serve-stop"));
		server.join();
		return ExitCode.OK;
	}

	/** The settings of {@code --config FILE}, or an embedded database in {@code ./fulcrum-server}; {@code --port} overrides. */
	static ServerConfig config(Arguments arguments, int defaultPort) throws Exception {
		String file = arguments.option("config", null);
		ServerConfig config;
		if (file == null) {
			config = ServerConfig.embedded(Path.of("fulcrum-server").toAbsolutePath(), defaultPort);
		} else {
			Path path = Path.of(file);
			if (!Files.isRegularFile(path)) {
				throw new StoreException(path, "does not exist or is not a file");
			}
			config = ServerConfig.read(path);
		}
		String port = arguments.option("port", null);
		return port == null ? config : config.withPort(arguments.intOption("port", 8080, 0));
	}

	/**
	 * Starts a server on loopback with an H2 database in {@code DIR/server}, publishes the demo
	 * engagement's open invitations to it under a fresh API key (kept in the user's key file, so
	 * that pull and status find it) and prints each rater's link.
	 */
	public static Demo startDemo(Path folder, int port, Console console) throws Exception {
		Path file = folder.resolve(DemoCommand.FILE_NAME);
		if (!Files.isRegularFile(file)) {
			throw new UsageException("serve --demo: " + file + " does not exist; run ./fulcrum demo first");
		}
		FulcrumServer server = FulcrumServer.start(ServerConfig.embedded(folder.resolve("server"), port));
		try {
			String key = server.createKey("demo");
			ServerLink.storeKey(server.publicUrl(), key, ServerAccess.environment());
			Publisher.Prepared published = PublishCommand.publish(file, new ServerClient(server.publicUrl(), key), null,
					MailSettings.outbox(folder.resolve("outbox")), console);
			console.out().println("serve --demo: the demo engagement's open questionnaires are at " + server.publicUrl());
			console.out().println("Open a rater's private link in a browser, answer and submit; then run");
			console.out().println("  ./fulcrum pull " + file + "   and   ./fulcrum status " + file);
			published.links().forEach(link -> console.out().printf("  %-28s %-15s %s%n", link.invitation().getRater().getName(),
					GroupWords.of(link.invitation().getRelationship()), link.url()));
			console.out().println("(Ctrl-C stops the server; answers are kept in " + folder.resolve("server") + ")");
			return new Demo(server, published);
		} catch (Exception e) {
			server.close();
			throw e;
		}
	}
}

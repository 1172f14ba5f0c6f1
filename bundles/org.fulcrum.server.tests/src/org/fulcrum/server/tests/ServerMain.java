package org.fulcrum.server.tests;

import java.nio.file.Path;

import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;

/** Runs a server in a child JVM for the crash test: {@code ServerMain JDBC_URL|h2:FOLDER PORT}; prints {@code listening PORT}. */
public final class ServerMain {

	public static void main(String[] arguments) throws Exception {
		ServerConfig config = ServerConfig.embedded(Path.of("."), Integer.parseInt(arguments[1])).withLimits(1_000_000, 1_000);
		if (arguments[0].startsWith("jdbc:postgresql:")) {
			config = config.withDatabase(arguments[0], "fulcrum", "");
		} else {
			config = config.withDatabase(ServerConfig.h2Url(Path.of(arguments[0].substring(3))), "fulcrum", "");
		}
		FulcrumServer server = FulcrumServer.start(config);
		System.out.println("listening " + server.port());
		System.out.flush();
		server.join();
	}

	private ServerMain() {
	}
}

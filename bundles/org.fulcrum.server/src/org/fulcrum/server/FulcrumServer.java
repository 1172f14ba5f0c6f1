package org.fulcrum.server;

import java.net.URI;
import java.sql.SQLException;

import org.fulcrum.server.internal.store.ApiStore;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.internal.web.WebServer;

/**
 * A running Fulcrum server: the rater portal and the consultant API on Jetty, over PostgreSQL or
 * an embedded H2 database (docs/server.md). {@link #start} returns once it listens.
 */
public final class FulcrumServer implements AutoCloseable {

	private final Database database;
	private final WebServer web;
	private final ServerConfig config;

	private FulcrumServer(ServerConfig config, Database database, WebServer web) {
		this.config = config;
		this.database = database;
		this.web = web;
	}

	/** Opens the database (bringing its schema up to date) and starts Jetty. */
	public static FulcrumServer start(ServerConfig config) throws Exception {
		Database database = Database.open(config);
		try {
			return new FulcrumServer(config, database, WebServer.start(config, database));
		} catch (Exception e) {
			database.close();
			throw e;
		}
	}

	/** The port it listens on (the one chosen when the settings said 0). */
	public int port() {
		return web.port();
	}

	/** Where raters' links start: the public URL of the settings, else this server's own loopback address. */
	public URI publicUrl() {
		return config.publicUrl() != null ? config.publicUrl() : URI.create("http://" + hostForLinks() + ":" + port());
	}

	private String hostForLinks() {
		return config.bind().equals("0.0.0.0") || config.bind().equals("::") ? "localhost" : config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
	}

	/** Creates an API key for the account {@code owner} (a consultant account of that name if there is none): shown once here, kept only as a hash. */
	public String createKey(String owner) throws SQLException {
		return new ApiStore(database).createKey(owner);
	}

	/** The accounts of this server's database, changed in the name of {@code actor} (for the access audit). */
	public org.fulcrum.server.internal.access.Accounts accounts(String actor) {
		return new org.fulcrum.server.internal.access.Accounts(database, actor);
	}

	/** The access audit of this server's database. */
	public org.fulcrum.server.internal.access.AccessAudit audit() {
		return new org.fulcrum.server.internal.access.AccessAudit(database);
	}

	/** Blocks until the server stops. */
	public void join() throws InterruptedException {
		web.join();
	}

	@Override
	public void close() throws Exception {
		try {
			web.stop();
		} finally {
			database.close();
		}
	}
}

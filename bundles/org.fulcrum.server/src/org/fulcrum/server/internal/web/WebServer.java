package org.fulcrum.server.internal.web;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.internal.access.AccessDecisions;
import org.fulcrum.server.internal.access.Accounts;
import org.fulcrum.server.internal.store.ApiStore;
import org.fulcrum.server.internal.store.Database;
import org.fulcrum.server.internal.store.PortalStore;
import org.fulcrum.server.protocol.Json;
import org.fulcrum.server.internal.store.RepositoryStore;

/**
 * Jetty with Fulcrum's handlers: security headers on everything, request size limits, the
 * consultant API, the rater portal and a health check. Jetty logs nothing here (SLF4J's no-op
 * provider), and Fulcrum logs no request: no address with a token or answer reaches any log.
 */
public final class WebServer {

	/** How much larger an API request may be than a rater's form post (a publication lists every invitation). */
	static final int API_BODY_FACTOR = 64;

	private final Server jetty;
	private final ScheduledExecutorService housekeeping;

	private WebServer(Server jetty, ScheduledExecutorService housekeeping) {
		this.jetty = jetty;
		this.housekeeping = housekeeping;
	}

	public static WebServer start(ServerConfig config, Database database) throws Exception {
		QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, config.poolSize() * 4), 4);
		threads.setName("fulcrum-http");
		Server jetty = new Server(threads);
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setSendXPoweredBy(false);
		if (config.trustForwarded()) {
			http.addCustomizer(new ForwardedRequestCustomizer());
		}
		ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
		connector.setHost(config.bind());
		connector.setPort(config.port());
		jetty.addConnector(connector);

		PortalStore portal = new PortalStore(database, config.sessionLifetime());
		ApiStore api = new ApiStore(database, portal::forgetSheet);
		Accounts accounts = new Accounts(database, "server");
		AccessPolicy access = new AccessPolicy(config, portal, accounts);
		AccessDecisions decisions = new AccessDecisions(database);
		Handler.Sequence routes = new Handler.Sequence(new HealthHandler(database),
				new ApiHandler(access, decisions, api, config.maxBodyBytes() * API_BODY_FACTOR),
				new RepositoryHandler(access, new RepositoryStore(database), database, config.maxBodyBytes() * API_BODY_FACTOR),
				new PortalHandler(access, portal, config.maxBodyBytes()));
		SizeLimitHandler limits = new SizeLimitHandler((long) config.maxBodyBytes() * API_BODY_FACTOR, -1);
		limits.setHandler(routes);
		jetty.setHandler(new SecurityHeaders(limits, config.secure()));
		jetty.setStopTimeout(5_000);
		jetty.start();

		ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "fulcrum-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		housekeeping.scheduleWithFixedDelay(() -> {
			try {
				portal.forgetExpiredSessions();
				accounts.forgetExpiredSessions();
			} catch (Exception e) {
				// the database is away: next time
			}
		}, 1, 10, TimeUnit.MINUTES);
		return new WebServer(jetty, housekeeping);
	}

	public int port() {
		return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
	}

	public void join() throws InterruptedException {
		jetty.join();
	}

	public void stop() throws Exception {
		housekeeping.shutdownNow();
		jetty.stop();
	}

	/**
	 * {@code GET /health}, for load balancers: {@code 200 {"status":"ok","schema":N,"version":"V"}}
	 * when the database answers with a schema this server knows; else {@code 503} with a retry hint
	 * ({@code "unavailable"}, or {@code "database-newer"} once a newer server has upgraded the
	 * schema, so that a balancer stops sending requests to an old server during an upgrade).
	 * No authentication, and nothing in it but these three facts.
	 */
	private static final class HealthHandler extends Handler.Abstract {

		private static final String TYPE = "application/json; charset=utf-8";

		private final Database database;
		private final String version = Json.write(BundleVersion.of(WebServer.class, "org.fulcrum.server"));

		HealthHandler(Database database) {
			this.database = database;
		}

		@Override
		public boolean handle(Request request, Response response, Callback callback) {
			if (!Request.getPathInContext(request).equals("/health")) {
				return false;
			}
			int schema;
			try {
				schema = database.schemaVersion();
			} catch (SQLException | RuntimeException e) {
				return Replies.unavailable(response, callback, TYPE, "{\"status\":\"unavailable\"}\n");
			}
			String facts = ",\"schema\":" + schema + ",\"version\":" + version + "}\n";
			if (schema > Database.knownSchema()) {
				return Replies.unavailable(response, callback, TYPE, "{\"status\":\"database-newer\"" + facts);
			}
			return Replies.write(response, callback, 200, TYPE, "{\"status\":\"ok\"" + facts);
		}
	}
}

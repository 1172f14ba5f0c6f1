package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.FormBuilder;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.client.SheetPull;
import org.fulcrum.server.protocol.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's load figures on loopback with PostgreSQL (docs/performance.md): questionnaire
 * pages per second, saves per second with their p99 at 64 clients, and pulling 12,000 submitted
 * sheets (408,000 answers) into an engagement. {@code -Dfulcrum.serverBench=full} runs the full
 * load; the default short form (in ./mvnw verify) runs a few seconds and checks a floor.
 */
class ServerBenchTest {

	private static final boolean FULL = "full".equals(System.getProperty("fulcrum.serverBench"));
	private static final int CLIENTS = FULL ? 64 : 16;
	private static final Duration RUN = Duration.ofSeconds(FULL ? 15 : 3);
	private static final int PACED_RATE = FULL ? 500 : 100;

	@TempDir
	Path folder;

	@Test
	void pagesSavesAndPullOnPostgres() throws Exception {
		TestPostgres.require();
		String url = TestPostgres.freshDatabase("bench");
		ServerConfig config = ServerConfig.embedded(folder, 0).withDatabase(url, "fulcrum", "").withLimits(1_000_000, 1_000);
		try (FulcrumServer server = FulcrumServer.start(config)) {
			URI base = URI.create("http://127.0.0.1:" + server.port());
			String key = server.createKey("bench");
			List<String> tokens = Sheets.publish(base, key, "load", CLIENTS);
			List<LoopbackClient> clients = new ArrayList<>();
			List<Map<String, String>> forms = new ArrayList<>();
			for (String token : tokens) {
				Rater rater = new Rater(base);
				String page = rater.open(base.resolve("/r/" + token)).body();
				java.net.HttpCookie session = rater.cookies.getCookieStore().getCookies().get(0);
				clients.add(new LoopbackClient(base, session.getName() + "=" + session.getValue()));
				Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
				Sheets.ITEMS.forEach(i -> form.put("a:" + i, "3"));
				form.put("action", "save");
				forms.add(form);
			}
			double[] pages = load(clients, (client, index) -> {
				LoopbackClient.Reply reply = client.get("/q");
				return reply.status() == 200 && reply.body().length > 1000;
			}, 0);
			Request save = (client, index) -> {
				Map<String, String> form = forms.get(index);
				LoopbackClient.Reply reply = client.post("/q", Rater.encode(form));
				// the next save carries the version the page would now show
				form.put("version", Integer.toString(Integer.parseInt(form.get("version")) + 1));
				return reply.status() == 303 && !reply.headers().getOrDefault("location", "stale").contains("stale");
			};
			double[] saves = load(clients, save, 0);
			// The target's own terms: 500 saves/s spread over the clients, and the p99 at that rate.
			double[] paced = load(clients, save, TimeUnit.SECONDS.toNanos(1) * CLIENTS / PACED_RATE);
			for (LoopbackClient client : clients) {
				client.close();
			}
			// every acknowledged save is in the database, in order: the page shows the last one's version
			Rater check = new Rater(base);
			assertEquals(200, check.open(base.resolve("/r/" + tokens.get(0))).statusCode());
			assertEquals(forms.get(0).get("version"), Rater.hidden(check.get("/q").body()).get("version"), "the last save's version");
			int sheets = FULL ? 12_000 : 1_200;
			double[] pull = pull(server, base, key, url, sheets);
			double pullSeconds = pull[0] + pull[1];
			String figures = String.format(java.util.Locale.ROOT,
					"server bench (%s, PostgreSQL, %d clients, %ds each): questionnaire page %.0f req/s (p99 %.1f ms); "
							+ "save %.0f req/s (p99 %.1f ms), at %d/s paced: p99 %.1f ms; pull of %,d sheets (%,d answers) %.2f s (fetch %.2f s, into the engagement %.2f s)",
					FULL ? "full" : "short", CLIENTS, RUN.toSeconds(), pages[0], pages[1], saves[0], saves[1], PACED_RATE, paced[1], sheets, sheets * 34, pullSeconds,
					pull[0], pull[1]);
			System.out.println(figures);
			java.nio.file.Files.writeString(Path.of("target", "server-bench.txt"), figures + "\n");
			// Floors that catch a broken server without making the short run flaky on a busy machine.
			assertTrue(pages[0] > 100 && saves[0] > 50, figures);
			assertTrue(pullSeconds < (FULL ? 10 : 5), figures);
		}
	}

	interface Request {
		boolean send(LoopbackClient client, int index) throws Exception;
	}

	/**
	 * Each rater sends requests on its own connection for the run, back to back ({@code interval}
	 * 0) or one every {@code interval} ns; returns {requests/s, p99 ms}. Fails on any error.
	 */
	private static double[] load(List<LoopbackClient> raters, Request request, long interval) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(raters.size());
		long end = System.nanoTime() + RUN.toNanos();
		List<Future<long[]>> results = new ArrayList<>();
		for (int r = 0; r < raters.size(); r++) {
			LoopbackClient rater = raters.get(r);
			int index = r;
			results.add(clients.submit(() -> {
				long[] latencies = new long[1 << 16];
				int n = 0;
				long next = System.nanoTime() + (interval == 0 ? 0 : interval * index / raters.size());
				while (next < end && n < latencies.length) {
					long wait = next - System.nanoTime();
					if (wait > 0) {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					long start = System.nanoTime();
					// paced: counted from when the request was due, so a late start is latency too
					long from = interval == 0 ? start : next;
					next = interval == 0 ? start : next + interval;
					if (!request.send(rater, index)) {
						throw new AssertionError("a request failed under load");
					}
					latencies[n++] = System.nanoTime() - from;
				}
				return Arrays.copyOf(latencies, n);
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> result : results) {
			for (long l : result.get(RUN.toSeconds() + 60, TimeUnit.SECONDS)) {
				all.add(l);
			}
		}
		clients.shutdown();
		all.sort(null);
		double p99 = all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1e6;
		return new double[] { all.size() / (RUN.toNanos() / 1e9), p99 };
	}

	/** Publishes {@code count} invitations of a Character-Model-sized engagement, submits them in the database, and times pull: {fetch s, apply s}. */
	private static double[] pull(FulcrumServer server, URI base, String key, String url, int count) throws Exception {
		Engagement engagement = SyntheticEngagement.create(count / 12, 12, 34, 7);
		for (var assessment : engagement.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				invitation.getResponses().clear();
				invitation.setStatus(InvitationStatus.INVITED);
			}
		}
		Publisher.Prepared prepared = Publisher.prepare(engagement, null, base, new FormBuilder(InstrumentCatalog.installed()));
		new ServerClient(base, key).publish(prepared.publication());
		Map<String, Object> answers = new LinkedHashMap<>();
		engagement.getInstruments().get(0).eAllContents().forEachRemaining(o -> {
			if (o instanceof org.fulcrum.model.BehaviourItem item) {
				answers.put(item.getId(), Integer.toString(1 + Math.abs(item.getId().hashCode()) % 5));
			}
		});
		try (Connection connection = TestPostgres.connect(url);
				PreparedStatement submit = connection.prepareStatement(
						"UPDATE sheet SET status = 'submitted', submitted = CURRENT_TIMESTAMP, answers = ?, version = 1 WHERE form_id IN "
								+ "(SELECT f.id FROM form f JOIN engagement e ON e.id = f.engagement_id WHERE e.ref = ?)")) {
			submit.setString(1, Json.write(answers));
			submit.setString(2, engagement.getId());
			assertEquals(count, submit.executeUpdate(), "every sheet submitted");
		}
		long start = System.nanoTime();
		String sheets = new ServerClient(base, key).submittedSheets(engagement.getId());
		long fetched = System.nanoTime();
		SheetPull.Result result = SheetPull.apply(engagement, sheets, Path.of("bench"));
		long applied = System.nanoTime();
		assertEquals(count, result.added());
		return new double[] { (fetched - start) / 1e9, (applied - fetched) / 1e9 };
	}

}

package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
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
			List<Rater> raters = new ArrayList<>();
			List<Map<String, String>> forms = new ArrayList<>();
			for (String token : tokens) {
				Rater rater = new Rater(base);
				String page = rater.open(base.resolve("/r/" + token)).body();
				raters.add(rater);
				Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
				Sheets.ITEMS.forEach(i -> form.put("a:" + i, "3"));
				form.put("action", "save");
				forms.add(form);
			}
			double[] pages = load(raters, rater -> rater.get("/q").statusCode() == 200);
			double[] saves = load(raters, new Request() {
				@Override
				public boolean send(Rater rater) throws Exception {
					int index = raters.indexOf(rater);
					Map<String, String> form = forms.get(index);
					HttpResponse<String> response = rater.post("/q", form);
					// the next save carries the version the page would now show
					form.put("version", Integer.toString(Integer.parseInt(form.get("version")) + 1));
					return response.statusCode() == 303 && !response.headers().firstValue("Location").orElse("").contains("stale");
				}
			});
			int sheets = FULL ? 12_000 : 1_200;
			double pullSeconds = pull(server, base, key, url, sheets);
			String figures = String.format(java.util.Locale.ROOT,
					"server bench (%s, PostgreSQL, %d clients, %ds each): questionnaire page %.0f req/s (p99 %.1f ms); "
							+ "save %.0f req/s (p99 %.1f ms); pull of %,d sheets (%,d answers) %.2f s",
					FULL ? "full" : "short", CLIENTS, RUN.toSeconds(), pages[0], pages[1], saves[0], saves[1], sheets, sheets * 34, pullSeconds);
			System.out.println(figures);
			java.nio.file.Files.writeString(Path.of("target", "server-bench.txt"), figures + "\n");
			// Floors that catch a broken server without making the short run flaky on a busy machine.
			assertTrue(pages[0] > 100 && saves[0] > 50, figures);
			assertTrue(pullSeconds < (FULL ? 10 : 5), figures);
		}
	}

	interface Request {
		boolean send(Rater rater) throws Exception;
	}

	/** Each rater sends requests back to back for the run; returns {requests/s, p99 ms}. Fails on any error. */
	private static double[] load(List<Rater> raters, Request request) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(raters.size());
		long end = System.nanoTime() + RUN.toNanos();
		List<Future<long[]>> results = new ArrayList<>();
		for (Rater rater : raters) {
			results.add(clients.submit(() -> {
				long[] latencies = new long[1 << 16];
				int n = 0;
				while (System.nanoTime() < end && n < latencies.length) {
					long start = System.nanoTime();
					if (!request.send(rater)) {
						throw new AssertionError("a request failed under load");
					}
					latencies[n++] = System.nanoTime() - start;
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

	/** Publishes {@code count} invitations of a Character-Model-sized engagement, submits them in the database, and times pull. */
	private static double pull(FulcrumServer server, URI base, String key, String url, int count) throws Exception {
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
		SheetPull.Result result = SheetPull.apply(engagement, sheets, Path.of("bench"));
		double seconds = (System.nanoTime() - start) / 1e9;
		assertEquals(count, result.added());
		return seconds;
	}

}

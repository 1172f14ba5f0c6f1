package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.RepositoryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository benchmark (docs/performance.md): engagements of participants × raters × items
 * in the repository of a server on the build's PostgreSQL (H2 with FULCRUM_NO_POSTGRES), then,
 * each the median of several runs over loopback: opening the latest version of one (fetch and
 * decode, what the workbench does), saving a change (encode and push), listing and searching, and
 * the database's size per version. {@code -Dfulcrum.repoBench=full}: 100 engagements of 1,000 ×
 * 12 × 34 (408,000 responses each), checked against the targets (1 s, 1 s, 100 ms); the short
 * form in every verify: 4 of 60 × 12 × 34, figures printed only.
 */
class RepositoryBenchTest {

	private static final boolean FULL = "full".equals(System.getProperty("fulcrum.repoBench"));
	private static final int ENGAGEMENTS = FULL ? 100 : 4;
	private static final int PARTICIPANTS = FULL ? 1000 : 60;
	private static final int RUNS = FULL ? 7 : 3;

	@TempDir
	Path folder;

	@Test
	void openSaveListAndSizeOfEngagementsInTheRepository() throws Exception {
		boolean postgres = System.getenv("FULCRUM_NO_POSTGRES") == null && TestPostgres.URL != null;
		String url = postgres ? TestPostgres.freshDatabase("repobench") : null;
		ServerConfig config = ServerConfig.embedded(folder, 0).withLimits(1_000_000, 1_000);
		if (postgres) {
			config = config.withDatabase(url, "fulcrum", "");
		}
		try (FulcrumServer server = FulcrumServer.start(config)) {
			RepositoryClient client = new RepositoryClient(URI.create("http://127.0.0.1:" + server.port()), server.createKey("Bench Consultant"));
			long stored = 0;
			long size = 0;
			for (int i = 0; i < ENGAGEMENTS; i++) {
				Engagement engagement = SyntheticEngagement.create(PARTICIPANTS, 12, 34, i);
				EngagementEncoding.Encoded encoded = EngagementEncoding.encode(engagement);
				assertTrue(client.push(name(i), 0, "generated", encoded).stored());
				stored += encoded.content().length;
				size += encoded.size();
			}
			String target = name(ENGAGEMENTS / 2);
			double[] open = new double[RUNS];
			double[] save = new double[RUNS];
			Engagement latest = null;
			for (int run = 0; run < RUNS; run++) {
				long started = System.nanoTime();
				RepositoryClient.Fetched fetched = client.version(target, 0);
				latest = EngagementEncoding.decode(fetched.content(), folder.resolve("open.fulcrum"));
				open[run] = millis(started);
				PartnerManager participant = (PartnerManager) latest.getPeople().stream().filter(PartnerManager.class::isInstance).findFirst().orElseThrow();
				participant.setName("Renamed " + run);
				started = System.nanoTime();
				RepositoryClient.Outcome pushed = client.push(target, fetched.number(), "a change", EngagementEncoding.encode(latest));
				save[run] = millis(started);
				assertTrue(pushed.stored(), pushed.reason());
			}
			assertEquals(PARTICIPANTS * 12 * 34, latest.getAssessments().stream().flatMap(a -> a.getInvitations().stream())
					.mapToInt(invitation -> invitation.getResponses().size()).sum());
			double[] list = new double[RUNS * 3];
			double[] search = new double[RUNS * 3];
			for (int run = 0; run < list.length; run++) {
				long started = System.nanoTime();
				assertEquals(Math.min(100, ENGAGEMENTS), client.list(null, 100).size());
				list[run] = millis(started);
				started = System.nanoTime();
				assertEquals(1, client.list(name(ENGAGEMENTS - 1).toUpperCase(Locale.ROOT), 100).size());
				search[run] = millis(started);
			}
			long versions = ENGAGEMENTS + RUNS;
			String perVersion = String.format(Locale.ROOT, "%.2f MB stored (%.2f MB before compression)", stored / 1048576.0 / ENGAGEMENTS,
					size / 1048576.0 / ENGAGEMENTS);
			if (postgres) {
				try (Connection connection = TestPostgres.connect(url); Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("SELECT pg_total_relation_size('repo_version')")) {
					row.next();
					perVersion += String.format(Locale.ROOT, "; PostgreSQL: %.2f MB per version (repo_version with TOAST and index, %d versions)",
							row.getLong(1) / 1048576.0 / versions, versions);
				}
			}
			String figures = String.format(Locale.ROOT,
					"repository benchmark (%s, %s): %d engagements of %d x 12 x 34%n  open latest (fetch + decode): median %.0f ms%n"
							+ "  save a change (encode + push): median %.0f ms%n  list 100: median %.1f ms; search by name: median %.1f ms%n  size per version: %s%n",
					FULL ? "full" : "short", postgres ? "PostgreSQL" : "H2", ENGAGEMENTS, PARTICIPANTS, median(open), median(save), median(list), median(search),
					perVersion);
			System.out.print(figures);
			Files.writeString(Path.of("target", "repository-bench.txt"), figures);
			if (FULL) {
				assertTrue(median(open) <= 1000, figures);
				assertTrue(median(save) <= 1000, figures);
				assertTrue(median(list) <= 100 && median(search) <= 100, figures);
			}
		}
	}

	private static String name(int i) {
		return String.format(Locale.ROOT, "Engagement %03d", i);
	}

	private static double millis(long started) {
		return (System.nanoTime() - started) / 1e6;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}

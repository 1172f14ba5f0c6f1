package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves a large engagement in a loop at random moments and checks after each
 * kill that the file opens and holds either the last version saved or the one being saved.
 * Rounds: {@code -Dfulcrum.crashRounds=N} (default 12; the benchmark run uses many more).
 */
class CrashDuringSaveTest {

	private static final int ROUNDS = Integer.getInteger("fulcrum.crashRounds", 12);
	private static final int PARTICIPANTS = 150;
	private static final int RATERS = 12;
	private static final int ITEMS = 34;

	@TempDir
	Path folder;

	@Test
	void everyKillLeavesAnOpenableFileWithTheOldOrTheNewVersion() throws Exception {
		Path file = folder.resolve("large.fulcrum");
		Engagement initial = SyntheticEngagement.create(PARTICIPANTS, RATERS, ITEMS, 11);
		initial.setName("0.0");
		StoreEngine store = new StoreEngine(SystemFileOps.INSTANCE, true);
		store.create(file, initial).close();
		Random random = new Random(Long.getLong("fulcrum.crashSeed", System.nanoTime()));
		String onDisk = "0.0";
		int killedMidSave = 0;

		for (int round = 1; round <= ROUNDS; round++) {
			List<String> output;
			try (ChildJvm child = ChildJvm.start(SaveLoopChild.class, file.toString(), Integer.toString(round))) {
				child.awaitLine("saving " + (1 + random.nextInt(3)));
				Thread.sleep(random.nextInt(400));
				output = child.kill();
			}
			int saved = last(output, "saved ");
			int saving = last(output, "saving ");
			killedMidSave += saving > saved ? 1 : 0;

			try (EngagementDocument reopened = store.open(file)) {
				String name = reopened.engagement().getName();
				boolean old = saved == 0 && name.equals(onDisk);
				boolean lastSaved = name.equals(round + "." + saved);
				boolean inFlight = name.equals(round + "." + saving);
				assertTrue(old || lastSaved || inFlight, "round " + round + ": file holds " + name + " after saved "
						+ saved + ", saving " + saving + " (before the round: " + onDisk + ")");
				assertEquals(PARTICIPANTS * RATERS * ITEMS, responses(reopened.engagement()), "a complete document");
				onDisk = name;
			}
			assertFalse(StoreFixtures.hasTemporaries(folder), "open removed the temporaries: " + StoreFixtures.listing(folder));
			if (Files.exists(folder.resolve("large.fulcrum.bak"))) {
				new StoreEngine(SystemFileOps.INSTANCE, false).read(folder.resolve("large.fulcrum.bak"));
			}
		}
		System.out.printf("crash test: %d rounds, %d killed in the middle of a save%n", ROUNDS, killedMidSave);
		assertTrue(killedMidSave > 0, "no kill hit a save: the test proved nothing");
	}

	private static int last(List<String> output, String prefix) {
		return output.stream().filter(line -> line.startsWith(prefix)).mapToInt(line -> Integer.parseInt(line.substring(prefix.length())))
				.max().orElse(0);
	}

	private static int responses(Engagement engagement) {
		return engagement.getAssessments().stream().flatMap(a -> a.getInvitations().stream())
				.mapToInt((RaterInvitation i) -> i.getResponses().size()).sum();
	}
}

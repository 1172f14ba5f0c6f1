package org.fulcrum.core.tests.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.model.Engagement;

/** Small engagements and file helpers shared by the store tests. */
final class StoreFixtures {

	private StoreFixtures() {
	}

	/** A small engagement with non-ASCII names, so that encoding faults show. */
	static Engagement small() {
		Engagement engagement = SyntheticEngagement.create(3, 6, 34, 7);
		engagement.setName("Zürich & Łódź <pilot> \"2026\"");
		engagement.getPeople().get(0).setName("Jiří Dvořák");
		engagement.getPeople().get(1).setName("Søren Ølgaard");
		return engagement;
	}

	/** Names of the files in a folder, sorted, to show what a save left behind. */
	static List<String> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	static boolean hasTemporaries(Path folder) throws IOException {
		return listing(folder).stream().anyMatch(name -> name.endsWith(".tmp"));
	}
}

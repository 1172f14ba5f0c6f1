package org.fulcrum.ui.tests;

import java.nio.file.Path;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.demo.DemoEngagement;

/** Engagement files for the tests: the demo engagement, saved through the store. */
final class DemoFiles {

	static final long SEED = 2026;

	private DemoFiles() {
	}

	static Path demo(Path folder) throws StoreException {
		Path file = folder.resolve("demo.fulcrum");
		new EngagementStore().create(file, DemoEngagement.create(SEED)).close();
		return file;
	}
}

package org.fulcrum.core.internal.store;

import java.nio.file.Path;

import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.core.store.StoreException;

/**
 * Brings files of older format versions up to the current one before EMF reads them. Each
 * step rewrites format n into n+1; a version without a step is refused by name rather than
 * misread. Format 1 is the first, so there is no step yet: add one here with the version
 * that changes the model, and a test that opens a file of the old version.
 */
final class FormatMigrations {

	private FormatMigrations() {
	}

	static byte[] upgrade(Path file, int version, byte[] content) throws StoreException {
		if (version == EngagementFormat.CURRENT_VERSION) {
			return content;
		}
		throw new StoreException(file, "is in format " + version + ", which this Fulcrum cannot read (it reads format "
				+ EngagementFormat.CURRENT_VERSION + ")");
	}
}

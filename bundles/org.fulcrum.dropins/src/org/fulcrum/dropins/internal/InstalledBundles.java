package org.fulcrum.dropins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code bundles.info} (simpleconfigurator's format, which p2's Eclipse touchpoint writes):
 * {@code id,version,location,startLevel,started} a line, a location relative to the profile's
 * install folder or a {@code file:} URI. A missing file lists nothing.
 */
final class InstalledBundles {

	private InstalledBundles() {
	}

	static List<Path> read(Path bundlesInfo, Path installFolder) throws IOException {
		List<Path> bundles = new ArrayList<>();
		if (!Files.isRegularFile(bundlesInfo)) {
			return bundles;
		}
		for (String line : Files.readAllLines(bundlesInfo)) {
			String[] fields = line.strip().split(",");
			if (line.isBlank() || line.startsWith("#") || fields.length < 3) {
				continue;
			}
			String location = fields[2];
			Path bundle = location.startsWith("file:") ? Path.of(URI.create(location.replace(" ", "%20"))) : installFolder.resolve(location);
			if (Files.exists(bundle)) {
				bundles.add(bundle.normalize());
			}
		}
		return bundles;
	}
}

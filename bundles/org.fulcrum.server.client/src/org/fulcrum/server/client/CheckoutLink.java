package org.fulcrum.server.client;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a checked-out engagement file remembers of the repository, beside it in {@code ENG.repository}
 * (properties {@code server}, {@code name}, {@code version}: the version the file was made from,
 * the base of its next push; {@code view = without-answers} for a coach's view, which is never
 * pushed). Written atomically: a temporary file moved over the old one.
 */
public record CheckoutLink(URI server, String name, int version, boolean withoutAnswers) {

	public static Path sidecar(Path engagement) {
		return engagement.toAbsolutePath().resolveSibling(engagement.getFileName() + ".repository");
	}

	/** The link beside {@code engagement}; empty when it was never pushed or checked out. */
	public static Optional<CheckoutLink> of(Path engagement) throws IOException {
		Path file = sidecar(engagement);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		String server = p.getProperty("server");
		String name = p.getProperty("name");
		String version = p.getProperty("version");
		if (server == null || name == null || version == null || !version.strip().matches("[0-9]{1,9}")) {
			throw new IOException(file + ": server, name and version are needed (a damaged checkout file: check out again)");
		}
		try {
			return Optional.of(new CheckoutLink(URI.create(server.strip()), name.strip(), Integer.parseInt(version.strip()),
					"without-answers".equals(p.getProperty("view"))));
		} catch (IllegalArgumentException e) {
			throw new IOException(file + ": server: not an address (" + e.getMessage() + ")", e);
		}
	}

	/** Writes this link beside {@code engagement}, atomically. */
	public void writeBeside(Path engagement) throws IOException {
		Properties p = new Properties();
		p.setProperty("server", server.toString());
		p.setProperty("name", name);
		p.setProperty("version", Integer.toString(version));
		if (withoutAnswers) {
			p.setProperty("view", "without-answers");
		}
		StringWriter text = new StringWriter();
		p.store(text, "Where this engagement lives in a Fulcrum repository; version is the base of the next ./fulcrum push");
		Path target = sidecar(engagement);
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
			try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}

package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.server.client.CheckoutLink;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.server.protocol.RepositoryNames;

/**
 * What a repository command works on: {@code ENG} (a checked-out or pushed engagement file, which
 * knows its server, name and version) or {@code NAME} (an engagement of the repository). The
 * server is {@code --server URL}, else the file's, else {@code FULCRUM_SERVER}.
 */
record RepositoryTarget(URI server, String name, Path file, CheckoutLink link) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

	static RepositoryTarget of(Arguments arguments, String operand) throws UsageException, IOException, StoreException {
		Path file = Path.of(operand);
		if (Files.isRegularFile(file)) {
			Optional<CheckoutLink> link = link(file);
			if (link.isEmpty()) {
				throw new UsageException(arguments.command() + ": " + operand + " was never pushed or checked out; push it first (./fulcrum push " + operand + ")");
			}
			URI server = ServerAccess.given(arguments).orElse(link.get().server());
			return new RepositoryTarget(server, link.get().name(), file, link.get());
		}
		if (!RepositoryNames.valid(operand)) {
			throw new UsageException(arguments.command() + ": '" + operand + "' is neither an engagement file nor a repository name");
		}
		return new RepositoryTarget(server(arguments, null), operand, null, null);
	}

	/** The server for a command without a file: --server, else FULCRUM_SERVER. */
	static URI server(Arguments arguments, Path file) throws UsageException, IOException {
		Optional<URI> given = ServerAccess.given(arguments);
		if (given.isPresent()) {
			return given.get();
		}
		if (file != null) {
			Optional<URI> remembered = ServerLink.remembered(file);
			if (remembered.isPresent()) {
				return remembered.get();
			}
		}
		return ServerAccess.fromEnvironment(arguments).orElseThrow(
				() -> new UsageException(arguments.command() + ": which server? give --server URL (or set FULCRUM_SERVER)"));
	}

	static Optional<CheckoutLink> link(Path file) throws StoreException {
		try {
			return CheckoutLink.of(file);
		} catch (IOException e) {
			throw new StoreException(CheckoutLink.sidecar(file), e.getMessage(), e);
		}
	}

	RepositoryClient client(Arguments arguments) throws UsageException, IOException {
		return ServerAccess.repository(arguments, server);
	}

	/** A version number: digits, or {@code latest} (0). */
	static int version(Arguments arguments, String text) throws UsageException {
		if (text.equals("latest")) {
			return 0;
		}
		if (!text.matches("[1-9][0-9]{0,8}")) {
			throw new UsageException(arguments.command() + ": a version is a number from 1 (or latest), not '" + text + "'");
		}
		return Integer.parseInt(text);
	}

	static String time(java.time.Instant at) {
		return TIME.format(at.truncatedTo(ChronoUnit.MINUTES));
	}

	static String size(long bytes) {
		return bytes >= 1 << 20 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
				: String.format(java.util.Locale.ROOT, "%.0f kB", Math.max(1, bytes / 1024.0));
	}
}

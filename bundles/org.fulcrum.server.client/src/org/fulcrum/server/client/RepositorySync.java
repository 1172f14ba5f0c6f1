package org.fulcrum.server.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.repository.ThreeWayMerge;
import org.fulcrum.server.protocol.RepositoryNames;

/**
 * Engagement files and the repository: check out a version into a file (which then remembers
 * where it came from, {@link CheckoutLink}) and push a file as a new version. A push based on an
 * older version than the latest is merged with the latest by {@link ThreeWayMerge} when the two
 * changes touch different objects, and the merge is pushed and written to the file; otherwise the
 * push is refused with the conflicting objects and the file is left as it is. No update is lost
 * silently.
 */
public final class RepositorySync {

	/** What a push did. */
	public sealed interface Pushed permits Stored, Conflict {
	}

	/**
	 * Stored as {@code version}; {@code mergedWith} names the newer version it was merged with (null:
	 * none was needed). Both the same: the file had nothing the latest version lacks, so no version was
	 * made and the file now holds the latest.
	 */
	public record Stored(String name, RepositoryClient.VersionInfo version, RepositoryClient.VersionInfo mergedWith) implements Pushed {
	}

	/** Refused: {@code latest} changed the same objects as the file did ({@code conflicts}, in words). */
	public record Conflict(String name, int base, RepositoryClient.VersionInfo latest, List<String> conflicts) implements Pushed {
	}

	private static final int ATTEMPTS = 5;

	private final RepositoryClient client;
	private final EngagementStore store = new EngagementStore();

	public RepositorySync(RepositoryClient client) {
		this.client = client;
	}

	/** The file a checkout of {@code name} into {@code dir} writes. */
	public static Path fileFor(Path dir, String name) {
		return dir.resolve(RepositoryNames.require(name) + ".fulcrum");
	}

	/** Checks out version {@code number} (0: the latest) of {@code name} into a new file in {@code dir}. */
	public Path checkout(String name, int number, Path dir) throws ServerException, StoreException {
		Path file = fileFor(dir, name).toAbsolutePath();
		if (Files.exists(file) || Files.exists(CheckoutLink.sidecar(file))) {
			throw new StoreException(file, "exists already; push it, or check out into another folder");
		}
		RepositoryClient.Fetched fetched = client.version(name, number);
		Engagement engagement = decode(fetched, name, file);
		try {
			Files.createDirectories(file.getParent());
		} catch (IOException e) {
			throw new StoreException(file.getParent(), "cannot be created: " + e.getMessage(), e);
		}
		store.create(file, engagement).close();
		try {
			new CheckoutLink(client.server(), name, fetched.number(), fetched.withoutAnswers()).writeBeside(file);
			ServerLink.remember(file, client.server());
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(file);
				Files.deleteIfExists(CheckoutLink.sidecar(file));
			} catch (IOException ignored) {
				// reported below: the checkout failed
			}
			throw new StoreException(CheckoutLink.sidecar(file), "cannot be written (" + e.getMessage() + "); nothing was checked out", e);
		}
		return file;
	}

	/**
	 * Pushes {@code file}: as the next version of the engagement it was checked out from or pushed
	 * to, or, the first time or with {@code asCopy}, as the first version of {@code name}.
	 */
	public Pushed push(Path file, String name, String message, boolean asCopy) throws ServerException, StoreException {
		CheckoutLink link = asCopy ? null : link(file);
		if (link != null && link.withoutAnswers()) {
			throw new StoreException(file, "is a view without answers (a coach's checkout) and cannot be pushed: it would remove the answers");
		}
		String target = link != null ? link.name() : RepositoryNames.require(name);
		int base = link != null ? link.version() : 0;
		Engagement mine = store.read(file);
		EngagementEncoding.Encoded encoded = encode(mine, file);
		RepositoryClient.Outcome outcome = client.push(target, base, message, encoded);
		if (outcome.stored()) {
			remember(file, target, outcome.version().number());
			return new Stored(target, outcome.version(), null);
		}
		if (base == 0) {
			throw new ServerException(client.server() + ": " + outcome.reason() + "; push with --name NAME or --as-copy NAME to use another name");
		}
		Engagement baseVersion = decode(client.version(target, base), target, file);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			RepositoryClient.Fetched latest = client.version(target, 0);
			Engagement theirs = decode(latest, target, file);
			ThreeWayMerge.Result merge = ThreeWayMerge.merge(baseVersion, mine, theirs);
			RepositoryClient.VersionInfo latestInfo = new RepositoryClient.VersionInfo(latest.number(), 0, null, latest.author(), latest.at(),
					latest.message(), 0, 0);
			if (!merge.merged()) {
				return new Conflict(target, base, latestInfo, merge.conflicts());
			}
			if (org.eclipse.emf.ecore.util.EcoreUtil.equals(merge.engagement(), theirs)) {
				// Nothing of mine that the latest version lacks: no new version, the file catches up.
				store.replace(file, merge.engagement());
				remember(file, target, latest.number());
				return new Stored(target, latestInfo, latestInfo);
			}
			String merged = "merge of my changes to version " + base + " with version " + latest.number() + (message == null || message.isBlank() ? "" : ": " + message);
			outcome = client.push(target, latest.number(), merged, encode(merge.engagement(), file));
			if (outcome.stored()) {
				// The file becomes the merge: it holds both changes, and the link moves to the new version.
				store.replace(file, merge.engagement());
				remember(file, target, outcome.version().number());
				return new Stored(target, outcome.version(), latestInfo);
			}
		}
		throw new ServerException(client.server() + ": '" + target + "' keeps changing while merging (" + ATTEMPTS + " attempts); try again");
	}

	private static CheckoutLink link(Path file) throws StoreException {
		try {
			return CheckoutLink.of(file).orElse(null);
		} catch (IOException e) {
			throw new StoreException(CheckoutLink.sidecar(file), e.getMessage(), e);
		}
	}

	private void remember(Path file, String name, int version) throws StoreException {
		try {
			new CheckoutLink(client.server(), name, version, false).writeBeside(file);
		} catch (IOException e) {
			throw new StoreException(CheckoutLink.sidecar(file), "cannot be written (" + e.getMessage() + "); version " + version + " of '" + name
					+ "' is on the server: set version = " + version + " there by hand", e);
		}
	}

	private static EngagementEncoding.Encoded encode(Engagement engagement, Path file) throws StoreException {
		try {
			return EngagementEncoding.encode(engagement);
		} catch (IOException e) {
			throw new StoreException(file, "cannot be encoded for the repository: " + e.getMessage(), e);
		}
	}

	private Engagement decode(RepositoryClient.Fetched fetched, String name, Path file) throws ServerException {
		try {
			return EngagementEncoding.decode(fetched.content(), file);
		} catch (IOException e) {
			throw new ServerException(client.server() + ": version " + fetched.number() + " of '" + name + "': " + e.getMessage(), e);
		}
	}
}

package org.fulcrum.ui.internal.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.server.client.CheckoutLink;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.RepositorySync;

/**
 * The workbench's side of the server's engagement repository (docs/server.md), each call a
 * background job whose future completes off the user interface thread: list, check out, save a
 * file as the next version, keep one's own version aside and take the latest. The rules are those
 * of {@code ./fulcrum checkout} and {@code push} ({@link RepositorySync}).
 */
public final class EngagementRepository {

	private final ServerConnection connection;

	public EngagementRepository(ServerConnection connection) {
		this.connection = connection;
	}

	public ServerConnection connection() {
		return connection;
	}

	/** The engagements whose names contain {@code search} (all when blank), newest change first. */
	public CompletableFuture<List<RepositoryClient.Listed>> list(String search) {
		return run("Listing engagements on " + connection.server().getAuthority(), () -> connection.repository().list(search, 500));
	}

	/** The versions of {@code name}, newest first. */
	public CompletableFuture<List<RepositoryClient.VersionInfo>> history(String name) {
		return run("Reading the history of " + name, () -> connection.repository().history(name));
	}

	/**
	 * The file in {@code folder} that holds {@code name}: the one checked out before from this
	 * server, else a new checkout of the latest version.
	 */
	public CompletableFuture<Path> checkout(String name, Path folder) {
		return run("Checking out " + name, () -> {
			Path file = RepositorySync.fileFor(folder, name).toAbsolutePath();
			Optional<CheckoutLink> link = Files.exists(file) ? CheckoutLink.of(file) : Optional.empty();
			if (link.isPresent() && link.get().name().equals(name) && sameServer(link.get())) {
				return file;
			}
			return new RepositorySync(connection.repository()).checkout(name, 0, folder);
		});
	}

	/**
	 * Saves a file (not open anywhere: the merge may rewrite it) as the next version of the
	 * engagement it was checked out from or saved to; one never saved goes in as the first
	 * version of {@code name}, and with {@code asCopy} the file goes in as the first version of
	 * {@code name} whatever it was linked to.
	 */
	public CompletableFuture<RepositorySync.Pushed> push(Path file, String message, String name, boolean asCopy) {
		return run("Saving " + file.getFileName() + " to " + connection.server().getAuthority(),
				() -> new RepositorySync(connection.repository()).push(file, name, message, asCopy));
	}

	/**
	 * Keeps the file's own version as a plain engagement file beside it ({@code NAME (mine N).fulcrum},
	 * linked to no server), then checks out the latest version in its place. The file must not be open.
	 * Completes with the kept copy.
	 */
	public CompletableFuture<Path> keepMineAndTakeLatest(Path file, String name) {
		return run("Taking the latest version of " + name, () -> {
			EngagementStore store = new EngagementStore();
			Path kept = freeName(file, name);
			store.create(kept, store.read(file)).close();
			Files.delete(file);
			for (Path sibling : List.of(CheckoutLink.sidecar(file), file.resolveSibling(file.getFileName() + ".bak"),
					file.resolveSibling("." + file.getFileName() + ".cache"))) {
				Files.deleteIfExists(sibling);
			}
			new RepositorySync(connection.repository()).checkout(name, 0, file.getParent());
			return kept;
		});
	}

	/** What to tell the user of a failed call: the cause's message, not the future's wrapper. */
	static String message(Throwable failure) {
		Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
		return cause.getMessage() == null ? cause.toString() : cause.getMessage();
	}

	private boolean sameServer(CheckoutLink link) {
		return org.fulcrum.server.client.ServerLink.address(link.server().toString()).equals(connection.server());
	}

	private static Path freeName(Path file, String name) {
		for (int n = 1;; n++) {
			Path candidate = file.resolveSibling(name + " (mine " + n + ").fulcrum");
			if (!Files.exists(candidate)) {
				return candidate;
			}
		}
	}

	private interface Work<T> {
		T run() throws Exception;
	}

	private static <T> CompletableFuture<T> run(String name, Work<T> work) {
		CompletableFuture<T> done = new CompletableFuture<>();
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			try {
				done.complete(work.run());
			} catch (Exception e) {
				done.completeExceptionally(e);
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return done;
	}
}

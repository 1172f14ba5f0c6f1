package org.fulcrum.ui.internal.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.server.client.RepositorySync;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.session.Session;

/**
 * Saves an open engagement as the next version on the server, as {@code ./fulcrum push} does:
 * saved first, then closed while the push may merge into the file, then opened again. A version
 * based on an older one than the latest is merged when the changes touch different objects;
 * otherwise nothing is lost: the user chooses to save theirs as a copy under another name, or to
 * take the latest with their own version kept beside it as a plain file.
 */
public final class SaveToServer {

	static final String TITLE = "Save to server";
	static final List<String> CHOICES = List.of("Save Mine as a &Copy...", "&Take the Latest (keep mine beside it)");

	private final EngagementWorkspace workspace;
	private final Editors editors;
	private final Prompts prompts;
	private final UISynchronize ui;
	private final Function<Path, CompletableFuture<EngagementSession>> opener;

	public SaveToServer(EngagementWorkspace workspace, Editors editors, Prompts prompts, UISynchronize ui,
			Function<Path, CompletableFuture<EngagementSession>> opener) {
		this.workspace = workspace;
		this.editors = editors;
		this.prompts = prompts;
		this.ui = ui;
		this.opener = opener;
	}

	/** Runs the whole exchange; completes (on the UI thread) with what was said to the user, or null when cancelled. */
	public CompletableFuture<String> save(Session session, EngagementRepository repository) {
		CompletableFuture<String> said = new CompletableFuture<>();
		Path file = session.file();
		try {
			if (session.isDirty()) {
				if (!prompts.confirm(TITLE, file.getFileName() + " has unsaved changes, which are saved to the file first. Save and continue?")) {
					said.complete(null);
					return said;
				}
				session.save();
			}
		} catch (StoreException e) {
			prompts.error(TITLE, e.getMessage());
			said.complete(null);
			return said;
		}
		String name = null;
		try {
			if (org.fulcrum.server.client.CheckoutLink.of(file).isEmpty()) {
				String stem = file.getFileName().toString().replaceFirst("\\.fulcrum$", "");
				name = prompts.askText(TITLE, file.getFileName() + " is not on the server yet. Its name there (letters, digits, '-', '_', '.'):",
						stem);
				if (name == null) {
					said.complete(null);
					return said;
				}
			}
		} catch (java.io.IOException e) {
			prompts.error(TITLE, e.getMessage());
			said.complete(null);
			return said;
		}
		String message = prompts.askText(TITLE, "What changed in " + file.getFileName() + "? (kept with the version, shown in its history)", "");
		if (message == null) {
			said.complete(null);
			return said;
		}
		close(session);
		repository.push(file, message, name == null ? null : name.strip(), false).whenComplete((pushed, failure) -> ui.asyncExec(() -> {
			if (pushed instanceof RepositorySync.Conflict conflict) {
				resolve(file, conflict, repository, message, said); // the file stays closed until the user has chosen
				return;
			}
			opener.apply(file);
			said.complete(failure != null ? error(failure) : inform(stored((RepositorySync.Stored) pushed)));
		}));
		return said;
	}

	private void resolve(Path file, RepositorySync.Conflict conflict, EngagementRepository repository, String message,
			CompletableFuture<String> said) {
		StringBuilder text = new StringBuilder().append("Version ").append(conflict.latest().number()).append(" of '").append(conflict.name())
				.append("' by ").append(conflict.latest().author()).append(" is newer than your version ").append(conflict.base())
				.append(", and both changed the same things:");
		conflict.conflicts().stream().limit(12).forEach(c -> text.append("\n  ").append(c));
		if (conflict.conflicts().size() > 12) {
			text.append("\n  … and ").append(conflict.conflicts().size() - 12).append(" more");
		}
		text.append("\n\nNothing was saved to the server and your file is unchanged.");
		int choice = prompts.choose(TITLE, text.toString(), CHOICES);
		if (choice == 0) {
			String copy = prompts.askText(TITLE, "The name of the copy on the server:", conflict.name() + "-copy");
			if (copy == null) {
				opener.apply(file);
				said.complete(inform(text.toString()));
				return;
			}
			repository.push(file, message, copy.strip(), true).whenComplete((pushed, failure) -> ui.asyncExec(() -> {
				opener.apply(file);
				said.complete(failure != null ? error(failure) : inform(stored((RepositorySync.Stored) pushed)));
			}));
		} else if (choice == 1) {
			repository.keepMineAndTakeLatest(file, conflict.name()).whenComplete((kept, failure) -> ui.asyncExec(() -> {
				opener.apply(file);
				((org.fulcrum.ui.internal.session.Workspace) workspace).refresh();
				said.complete(failure != null ? error(failure)
						: inform(file.getFileName() + " now holds version " + conflict.latest().number() + " of '" + conflict.name()
								+ "'. Your version is kept as " + kept.getFileName() + " beside it."));
			}));
		} else {
			opener.apply(file);
			said.complete(inform(text.toString()));
		}
	}

	private static String stored(RepositorySync.Stored stored) {
		return "Saved as version " + stored.version().number() + " of '" + stored.name() + "'"
				+ (stored.mergedWith() == null ? "."
						: ", merged with version " + stored.mergedWith().number() + " by " + stored.mergedWith().author()
								+ " (the changes touched different things; the file now holds both).");
	}

	private void close(EngagementSession session) {
		editors.closeEditorsOf(session.file());
		workspace.close(session);
	}

	private String inform(String text) {
		prompts.inform(TITLE, text);
		return text;
	}

	private String error(Throwable failure) {
		String text = EngagementRepository.message(failure);
		prompts.error(TITLE, text);
		return text;
	}
}

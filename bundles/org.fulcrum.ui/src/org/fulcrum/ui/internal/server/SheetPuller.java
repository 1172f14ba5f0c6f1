package org.fulcrum.ui.internal.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.server.client.ServerException;
import org.fulcrum.server.client.SheetPull;
import org.fulcrum.ui.internal.edit.RecordedChange;
import org.fulcrum.ui.internal.session.Session;

/**
 * Takes the sheets raters submitted on the server into an open engagement, by the rules of
 * {@code ./fulcrum pull}: all sheets or none, a sheet already in the engagement never twice. The
 * server is asked in a background job; the sheets are applied on the UI thread as one undoable
 * change, which leaves the engagement dirty until the user saves it.
 */
public final class SheetPuller {

	/** What a pull did: sheets added and already there, or the problems that stopped it, or why the server could not be asked. */
	public record Outcome(int added, int alreadyIn, List<ImportProblem> problems, String failure) {

		static Outcome failed(String failure) {
			return new Outcome(0, 0, List.of(), failure);
		}

		public boolean succeeded() {
			return problems.isEmpty() && failure == null;
		}

		/** One line for the user. */
		public String summary(String engagement, URI server) {
			if (failure != null) {
				return "Could not pull " + engagement + " from " + server.getAuthority() + ": " + failure;
			}
			if (!problems.isEmpty()) {
				return problems.size() + " problem(s) in the sheets from " + server.getAuthority() + "; nothing was taken into " + engagement;
			}
			return added == 0 ? "No new sheets for " + engagement + " on " + server.getAuthority() + " (" + alreadyIn + " there already)"
					: added + " new sheet(s) from " + server.getAuthority() + " taken into " + engagement + " (" + alreadyIn
							+ " there already); save to keep them";
		}
	}

	private SheetPuller() {
	}

	/** Asks the server in a background job, then applies what it sent on the UI thread while the session is still open. */
	public static CompletableFuture<Outcome> pull(Session session, ServerConnection connection, Display display) {
		CompletableFuture<Outcome> done = new CompletableFuture<>();
		String engagementId = session.engagement().getId();
		Job job = Job.create("Pulling sheets for " + session.file().getFileName() + " from " + connection.server().getAuthority(),
				(IProgressMonitor monitor) -> {
					String sheets;
					try {
						sheets = connection.client().submittedSheets(engagementId);
					} catch (ServerException e) {
						done.complete(Outcome.failed(e.getMessage()));
						return Status.OK_STATUS;
					}
					display.asyncExec(() -> done.complete(session.isOpen() ? apply(session, sheets, connection.server())
							: Outcome.failed("the engagement was closed meanwhile")));
					return Status.OK_STATUS;
				});
		job.schedule();
		return done;
	}

	/** Applies the server's sheets as one command on the session's stack; nothing changes when they have a problem. */
	static Outcome apply(Session session, String sheets, URI server) {
		SheetPull.Result[] result = new SheetPull.Result[1];
		try {
			RecordedChange change = RecordedChange.record(session.engagement(), "Pull Sheets from " + server.getAuthority(),
					() -> result[0] = SheetPull.apply(session.engagement(), sheets, Path.of("sheets from " + server.getAuthority())));
			if (!change.isEmpty()) {
				session.editingDomain().getCommandStack().execute(change);
			}
			return new Outcome(result[0].added(), result[0].alreadyIn(), List.of(), null);
		} catch (ImportException e) {
			return new Outcome(0, 0, e.problems(), null);
		}
	}
}

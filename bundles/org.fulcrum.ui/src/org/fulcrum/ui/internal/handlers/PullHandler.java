package org.fulcrum.ui.internal.handlers;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.server.ServerConnection;
import org.fulcrum.ui.internal.server.SheetPuller;
import org.fulcrum.ui.internal.session.Session;

/** Server › Pull Sheets Now: takes the sheets raters submitted into the open engagement, as one undoable change. */
public final class PullHandler {

	private static final String TITLE = "Pull sheets";

	@CanExecute
	boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional EngagementSession session) {
		return session != null;
	}

	@Execute
	void execute(EngagementSession session, Prompts prompts, UISynchronize ui) {
		Optional<ServerConnection> connection;
		try {
			connection = ServerConnection.remembered(session.file());
			if (connection.isEmpty() && org.fulcrum.server.client.ServerLink.remembered(session.file()).isPresent()) {
				connection = ServerConnection.ask(session.file(), prompts);
			}
		} catch (IOException e) {
			prompts.error(TITLE, e.getMessage());
			return;
		}
		if (connection.isEmpty()) {
			prompts.error(TITLE, session.file().getFileName() + " was not published to a server from here yet (Server › Publish Invitations).");
			return;
		}
		ServerConnection server = connection.get();
		String name = session.file().getFileName().toString();
		SheetPuller.pull((Session) session, server, Display.getCurrent()).thenAccept(outcome -> ui.asyncExec(() -> {
			if (outcome.succeeded()) {
				prompts.inform(TITLE, outcome.summary(name, server.server()));
			} else {
				StringBuilder text = new StringBuilder(outcome.summary(name, server.server()));
				outcome.problems().stream().limit(20).map(ImportProblem::toString).forEach(p -> text.append('\n').append(p));
				if (outcome.problems().size() > 20) {
					text.append("\n… and ").append(outcome.problems().size() - 20).append(" more");
				}
				prompts.error(TITLE, text.toString());
			}
		}));
	}
}

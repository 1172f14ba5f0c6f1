package org.fulcrum.ui.internal.handlers;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.server.InvitationPublisher;
import org.fulcrum.ui.internal.server.ServerConnection;
import org.fulcrum.ui.internal.session.Session;

/**
 * Server › Publish Invitations: sends the open engagement's open invitations to a Fulcrum server
 * and the raters their links, as {@code ./fulcrum publish} does. Unsaved changes are saved first.
 */
public final class PublishHandler {

	private static final String TITLE = "Publish invitations";

	@CanExecute
	boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional EngagementSession session) {
		return session != null;
	}

	@Execute
	void execute(EngagementSession session, Prompts prompts, InstrumentCatalog instruments, UISynchronize ui) {
		Session open = (Session) session;
		try {
			if (open.isDirty()) {
				if (!prompts.confirm(TITLE, session.file().getFileName() + " has unsaved changes, which are saved before publishing. Save and publish?")) {
					return;
				}
				open.save();
			}
			Optional<ServerConnection> connection = ServerConnection.ask(session.file(), prompts);
			if (connection.isEmpty()) {
				return;
			}
			InvitationPublisher.publish(open, connection.get(), instruments).thenAccept(outcome -> ui.asyncExec(() -> {
				if (outcome.failure() == null) {
					prompts.inform(TITLE, outcome.summary(connection.get()));
				} else {
					prompts.error(TITLE, outcome.summary(connection.get()));
				}
			}));
		} catch (IOException e) {
			prompts.error(TITLE, e.getMessage());
		}
	}
}

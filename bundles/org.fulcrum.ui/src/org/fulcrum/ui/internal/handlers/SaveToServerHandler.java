package org.fulcrum.ui.internal.handlers;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fulcrum.server.client.CheckoutLink;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.server.EngagementRepository;
import org.fulcrum.ui.internal.server.SaveToServer;
import org.fulcrum.ui.internal.server.ServerConnection;
import org.fulcrum.ui.internal.session.Session;

/** Server › Save to Server: the open engagement as the next version in the server's repository (docs/server.md). */
public final class SaveToServerHandler {

	@CanExecute
	boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional EngagementSession session) {
		return session != null;
	}

	@Execute
	void execute(EngagementSession session, EngagementWorkspace workspace, Prompts prompts, UISynchronize ui, EPartService parts,
			IEclipseContext context) {
		try {
			URI known = CheckoutLink.of(session.file()).map(CheckoutLink::server).orElse(null);
			Optional<ServerConnection> connection = ServerConnection.ask(known, "save " + session.file().getFileName() + " to", prompts);
			if (connection.isEmpty()) {
				return;
			}
			MPart navigator = parts.findPart(OpenHandler.NAVIGATOR);
			new SaveToServer(workspace, Editors.in(context), prompts, ui, file -> ((NavigatorPart) navigator.getObject()).openInBackground(file))
					.save((Session) session, new EngagementRepository(connection.get()));
		} catch (IOException e) {
			prompts.error("Save to server", e.getMessage());
		}
	}
}

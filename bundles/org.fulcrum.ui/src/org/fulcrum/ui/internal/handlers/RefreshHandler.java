package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.session.Workspace;

/** Lists the workspace folder's files again, e.g. after a file was copied there. */
public final class RefreshHandler {

	@Execute
	void execute(EngagementWorkspace workspace) {
		((Workspace) workspace).refresh();
	}
}

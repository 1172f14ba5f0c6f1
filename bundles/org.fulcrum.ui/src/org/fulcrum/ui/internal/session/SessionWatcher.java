package org.fulcrum.ui.internal.session;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;

/** Listens to every open session of a workspace, following sessions as they are opened and closed. */
public final class SessionWatcher {

	private final EngagementWorkspace workspace;
	private final Runnable onModelChange;
	private final Consumer<EngagementSession> onClose;
	private final Set<EngagementSession> watched = new HashSet<>();

	/** {@code onModelChange} runs on every change of a watched session; {@code onClose} once per session closed. */
	public SessionWatcher(EngagementWorkspace workspace, Runnable onModelChange, Consumer<EngagementSession> onClose) {
		this.workspace = workspace;
		this.onModelChange = onModelChange;
		this.onClose = onClose;
	}

	/** Starts listening to newly opened sessions and stops for closed ones; call when the workspace changed. */
	public void update() {
		for (EngagementSession session : workspace.sessions()) {
			if (watched.add(session)) {
				session.addListener(onModelChange);
			}
		}
		watched.removeIf(s -> {
			boolean gone = !workspace.sessions().contains(s);
			if (gone) {
				s.removeListener(onModelChange);
				onClose.accept(s);
			}
			return gone;
		});
	}

	public void dispose() {
		watched.forEach(s -> s.removeListener(onModelChange));
		watched.clear();
	}
}

package org.fulcrum.ui.internal.editors;

import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.edit.UiThread;

/**
 * What every editor does alike: finds its engagement session and object from the part's
 * persisted state (opening the file when the workbench restores the editor), keeps the part's
 * dirty marker in step with the session, saves, and stops listening when the editor closes.
 */
@Creatable
public final class EditorSupport {

	private final MPart part;
	private final EngagementWorkspace workspace;
	private final Prompts prompts;
	private EngagementSession session;
	private EObject object;
	private Runnable listener;

	@Inject
	public EditorSupport(MPart part, EngagementWorkspace workspace, Prompts prompts) {
		this.part = part;
		this.workspace = workspace;
		this.prompts = prompts;
	}

	/** Finds the session and the object; when the file cannot be opened or no longer holds the object, says so in the editor. */
	boolean open(Composite parent) {
		try {
			session = workspace.open(Path.of(part.getPersistedState().get(Editors.FILE)));
			object = session.engagement().eResource() == null ? session.engagement()
					: session.engagement().eResource().getEObject(part.getPersistedState().get(Editors.OBJECT));
			if (object == null) {
				throw new StoreException(session.file(), "no longer holds " + part.getPersistedState().get(Editors.OBJECT));
			}
		} catch (StoreException e) {
			parent.setLayout(new FillLayout());
			new Label(parent, SWT.WRAP).setText(e.getMessage());
			return false;
		}
		part.getContext().set(EngagementSession.class, session);
		return true;
	}

	EngagementSession session() {
		return session;
	}

	EObject object() {
		return object;
	}

	/** The editor part's context, where handlers and services of the window are found. */
	org.eclipse.e4.core.contexts.IEclipseContext context() {
		return part.getContext();
	}

	/** Follows the session: the dirty marker, the title and whatever {@code refresh} shows. */
	void follow(org.eclipse.swt.widgets.Control control, ILabelProvider labels, Runnable refresh) {
		listener = () -> UiThread.async(control, () -> {
			part.setDirty(session.isDirty());
			part.setLabel(labels.getText(object));
			refresh.run();
		});
		session.addListener(listener);
		part.setDirty(session.isDirty());
		part.setLabel(labels.getText(object));
	}

	void save() {
		try {
			session.save();
			part.setDirty(false);
		} catch (StoreException e) {
			prompts.error("Save failed", e.getMessage());
		}
	}

	void dispose() {
		if (listener != null) {
			session.removeListener(listener);
		}
	}
}

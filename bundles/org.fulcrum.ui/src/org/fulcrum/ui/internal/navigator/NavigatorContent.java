package org.fulcrum.ui.internal.navigator;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;

/**
 * The navigator's tree: the workspace's engagement files; under an open one, its participants,
 * raters, assessments, plans, coaching programs (with their sessions) and partner issues.
 * A closed file has no children: opening it takes a double-click (it locks the file).
 */
final class NavigatorContent implements ITreeContentProvider {

	private EngagementWorkspace workspace;

	@Override
	public Object[] getElements(Object input) {
		return ((EngagementWorkspace) input).files().stream().map(EngagementFile::new).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof EngagementFile file) {
			return session(file).map(s -> Arrays.stream(Folder.Kind.values()).map(k -> new Folder(s, k)).toArray()).orElse(new Object[0]);
		}
		if (parent instanceof Folder folder) {
			return folder.children().toArray();
		}
		if (parent instanceof CoachingProgram program) {
			return program.getSessions().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof EngagementFile file) {
			return session(file).isPresent();
		}
		if (element instanceof Folder folder) {
			return !folder.children().isEmpty();
		}
		return element instanceof CoachingProgram program && !program.getSessions().isEmpty();
	}

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
		workspace = (EngagementWorkspace) newInput;
	}

	private Optional<EngagementSession> session(EngagementFile file) {
		return workspace == null ? Optional.empty() : workspace.session(file.file());
	}
}

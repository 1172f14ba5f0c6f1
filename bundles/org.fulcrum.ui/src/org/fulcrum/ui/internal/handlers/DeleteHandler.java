package org.fulcrum.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.navigator.EngagementFile;
import org.fulcrum.ui.internal.session.Workspace;

/**
 * Deletes what is selected in the navigator, after confirmation: an engagement file (with its
 * backup and cache; this cannot be undone), or model objects (with every reference to them, as
 * one command that can be undone).
 */
public final class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional IStructuredSelection selection) {
		if (selection == null || selection.isEmpty()) {
			return false;
		}
		List<?> chosen = selection.toList();
		return chosen.stream().allMatch(EngagementFile.class::isInstance)
				|| chosen.stream().allMatch(o -> o instanceof EObject && !(o instanceof Engagement));
	}

	@Execute
	void execute(IStructuredSelection selection, EngagementWorkspace workspace, Prompts prompts, IEclipseContext context) {
		List<?> chosen = selection.toList();
		if (chosen.get(0) instanceof EngagementFile) {
			deleteFiles(chosen, (Workspace) workspace, prompts, context);
			return;
		}
		EngagementSession session = workspace.sessionOf(chosen.get(0)).orElse(null);
		if (session == null || !prompts.confirm("Delete", "Delete " + chosen.size() + " element" + (chosen.size() == 1 ? "" : "s")
				+ " and every reference to " + (chosen.size() == 1 ? "it" : "them") + "? You can undo this until you close the engagement.")) {
			return;
		}
		Command delete = DeleteCommand.create(session.editingDomain(), chosen);
		if (delete.canExecute()) {
			session.editingDomain().getCommandStack().execute(delete);
		}
	}

	private static void deleteFiles(List<?> files, Workspace workspace, Prompts prompts, IEclipseContext context) {
		String names = String.join(", ", files.stream().map(f -> ((EngagementFile) f).file().getFileName().toString()).toList());
		if (!prompts.confirm("Delete engagement", "Delete " + names + " from the disk, with its backup? This cannot be undone.")) {
			return;
		}
		for (Object file : files) {
			EngagementFile engagement = (EngagementFile) file;
			Editors.in(context).closeEditorsOf(engagement.file());
			try {
				workspace.delete(engagement.file());
			} catch (StoreException e) {
				prompts.error("Cannot delete " + engagement.file().getFileName(), e.getMessage());
			}
		}
	}
}

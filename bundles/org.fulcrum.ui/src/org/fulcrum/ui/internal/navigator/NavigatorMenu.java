package org.fulcrum.ui.internal.navigator;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.fulcrum.ui.internal.handlers.CommandIds;

/** The navigator's context menu: the workbench's own commands, enabled as their handlers say. */
final class NavigatorMenu {

	private final TreeViewer viewer;
	private final MPart part;

	NavigatorMenu(TreeViewer viewer, MPart part) {
		this.viewer = viewer;
		this.part = part;
	}

	void install() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			m.add(command("Open", CommandIds.OPEN, "Enter"));
			m.add(command("Close Engagement", CommandIds.CLOSE_ENGAGEMENT, null));
			m.add(new Separator());
			m.add(command("New Engagement...", CommandIds.NEW_ENGAGEMENT, "Ctrl+N"));
			m.add(command("Import...", CommandIds.IMPORT, "Ctrl+I"));
			m.add(new Separator());
			m.add(command("Save", CommandIds.SAVE, "Ctrl+S"));
			m.add(command("Delete", CommandIds.DELETE, "Delete"));
			m.add(new Separator());
			m.add(command("Refresh", CommandIds.REFRESH, "F5"));
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private Action command(String label, String id, String key) {
		ECommandService commands = part.getContext().get(ECommandService.class);
		EHandlerService handlers = part.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(id, null);
		Action action = new Action(key == null ? label : label + "\t" + key) {
			@Override
			public void run() {
				handlers.executeHandler(command);
			}
		};
		action.setEnabled(command != null && handlers.canExecute(command));
		return action;
	}
}

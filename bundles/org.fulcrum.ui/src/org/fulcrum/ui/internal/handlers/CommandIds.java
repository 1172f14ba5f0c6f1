package org.fulcrum.ui.internal.handlers;

/** The ids of the workbench's commands, as Application.e4xmi declares them. */
public final class CommandIds {

	public static final String OPEN = "org.fulcrum.ui.command.open";
	public static final String CLOSE_ENGAGEMENT = "org.fulcrum.ui.command.closeEngagement";
	public static final String NEW_ENGAGEMENT = "org.fulcrum.ui.command.newEngagement";
	public static final String OPEN_FOLDER = "org.fulcrum.ui.command.openFolder";
	public static final String IMPORT = "org.fulcrum.ui.command.import";
	public static final String SAVE = "org.fulcrum.ui.command.save";
	public static final String SAVE_ALL = "org.fulcrum.ui.command.saveAll";
	public static final String UNDO = "org.fulcrum.ui.command.undo";
	public static final String REDO = "org.fulcrum.ui.command.redo";
	public static final String DELETE = "org.fulcrum.ui.command.delete";
	public static final String REFRESH = "org.fulcrum.ui.command.refresh";
	public static final String ABOUT = "org.fulcrum.ui.command.about";
	public static final String QUIT = "org.fulcrum.ui.command.quit";
	public static final String REPORTS = "org.fulcrum.ui.command.reports";
	public static final String PUBLISH = "org.fulcrum.ui.command.publish";
	public static final String PULL = "org.fulcrum.ui.command.pull";
	public static final String SAVE_TO_SERVER = "org.fulcrum.ui.command.saveToServer";

	private CommandIds() {
	}
}

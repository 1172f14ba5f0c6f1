package org.fulcrum.ui.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.WorkspaceLocation;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.session.Workspace;

/**
 * The real workbench, started the way E4Application starts it (from Application.e4xmi with the
 * life cycle, add-ons, handlers and key bindings) and rendered on the test's display, once per
 * test run. Tests drive it through its parts, handlers and wizards and spin the event loop.
 */
final class TestWorkbench {

	private static TestWorkbench running;

	final Display display;
	final E4Workbench workbench;
	final MApplication application;
	final MWindow window;
	final ScriptedPrompts prompts = new ScriptedPrompts();

	private TestWorkbench(Path folder) {
		System.setProperty(WorkspaceLocation.PROPERTY, folder.toString());
		display = Display.getDefault();
		workbench = new E4Application().createE4Workbench(new TestApplicationContext(), display);
		application = workbench.getApplication();
		application.getContext().set(Prompts.class, prompts);
		window = application.getChildren().get(0);
		workbench.createAndRunUI(window);
		spin();
	}

	/** The workbench showing {@code folder}, with no engagement or editor open and no scripted answers left. */
	static TestWorkbench showing(Path folder) {
		if (running == null) {
			running = new TestWorkbench(folder);
		}
		running.reset(folder);
		return running;
	}

	private void reset(Path folder) {
		prompts.reset();
		for (MPart editor : application.getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
				.findElements(application, null, MPart.class, java.util.List.of(Editors.TAG))) {
			editor.setDirty(false);
			parts().hidePart(editor, true);
		}
		workspace().switchTo(folder);
		spin();
	}

	Workspace workspace() {
		return (Workspace) application.getContext().get(EngagementWorkspace.class);
	}

	EPartService parts() {
		return window.getContext().get(EPartService.class);
	}

	/** Shows and activates a part, and returns its object (e.g. the NavigatorPart). */
	<T> T part(String id, Class<T> type) {
		MPart part = parts().findPart(id);
		parts().showPart(part, PartState.ACTIVATE);
		spin();
		return type.cast(part.getObject());
	}

	MPart activePart() {
		return parts().getActivePart();
	}

	/** Runs a command through the handler service, in the active part's context, as a key binding or menu does. */
	boolean execute(String commandId) {
		ECommandService commands = application.getContext().get(ECommandService.class);
		EHandlerService handlers = application.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(commandId, null);
		if (!handlers.canExecute(command)) {
			return false;
		}
		handlers.executeHandler(command);
		spin();
		return true;
	}

	boolean canExecute(String commandId) {
		ECommandService commands = application.getContext().get(ECommandService.class);
		EHandlerService handlers = application.getContext().get(EHandlerService.class);
		return handlers.canExecute(commands.createCommand(commandId, null));
	}

	void spin() {
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	/** Spins the event loop until the condition holds; fails after 60 seconds. */
	void waitFor(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		spin();
	}

	<T> T await(String what, CompletableFuture<T> future) {
		waitFor(what, future::isDone);
		return future.join();
	}
}

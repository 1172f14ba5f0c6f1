package org.fulcrum.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** {@link Prompts} as JFace dialogs over the active shell. */
public final class DialogPrompts implements Prompts {

	@Override
	public boolean confirm(String title, String question) {
		return MessageDialog.openConfirm(shell(), title, question);
	}

	@Override
	public SaveChoice askSave(String title, String question) {
		MessageDialog dialog = new MessageDialog(shell(), title, null, question, MessageDialog.QUESTION,
				new String[] { "&Save", "&Don't Save", IDialogConstants.CANCEL_LABEL }, 0);
		return switch (dialog.open()) {
		case 0 -> SaveChoice.SAVE;
		case 1 -> SaveChoice.DISCARD;
		default -> SaveChoice.CANCEL;
		};
	}

	@Override
	public String askText(String title, String question, String initial) {
		InputDialog dialog = new InputDialog(shell(), title, question, initial,
				text -> text == null || text.isBlank() ? "Please enter a text" : null);
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}

	@Override
	public String askSecret(String title, String question) {
		InputDialog dialog = new InputDialog(shell(), title, question, "", text -> text == null || text.isBlank() ? "Please enter it" : null) {
			@Override
			protected int getInputTextStyle() {
				return super.getInputTextStyle() | org.eclipse.swt.SWT.PASSWORD;
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}

	@Override
	public int choose(String title, String message, java.util.List<String> choices) {
		String[] buttons = java.util.stream.Stream.concat(choices.stream(), java.util.stream.Stream.of(IDialogConstants.CANCEL_LABEL))
				.toArray(String[]::new);
		int chosen = new MessageDialog(shell(), title, null, message, MessageDialog.QUESTION, buttons, 0).open();
		return chosen >= 0 && chosen < choices.size() ? chosen : -1;
	}

	@Override
	public void inform(String title, String message) {
		MessageDialog.openInformation(shell(), title, message);
	}

	@Override
	public void error(String title, String message) {
		MessageDialog.openError(shell(), title, message);
	}

	private static Shell shell() {
		Display display = Display.getCurrent();
		return display == null ? null : display.getActiveShell();
	}
}

package org.fulcrum.ui.internal.edit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

/**
 * Runs work for a widget on its display's thread: at once when already there, later otherwise
 * (model notifications may come from a background job, e.g. an import), never on a disposed widget.
 */
public final class UiThread {

	private UiThread() {
	}

	public static void async(Widget widget, Runnable work) {
		if (widget.isDisposed()) {
			return;
		}
		Display display = widget.getDisplay();
		if (display.getThread() == Thread.currentThread()) {
			work.run();
		} else {
			display.asyncExec(() -> {
				if (!widget.isDisposed()) {
					work.run();
				}
			});
		}
	}
}

package org.fulcrum.ui.internal.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** A form's page: its sections one under the other, scrolling when they are taller than the editor. */
public final class ScrolledForm {

	private final ScrolledComposite scroller;
	private final Composite content;

	public ScrolledForm(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> reflow());
	}

	public Composite content() {
		return content;
	}

	public ScrolledComposite control() {
		return scroller;
	}

	/** Lays the sections out again, e.g. after a list grew. */
	public void reflow() {
		if (!content.isDisposed()) {
			int width = Math.max(700, scroller.getClientArea().width);
			scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
			content.layout(true, true);
		}
	}
}

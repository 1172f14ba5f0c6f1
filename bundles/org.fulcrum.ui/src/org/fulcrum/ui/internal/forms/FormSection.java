package org.fulcrum.ui.internal.forms;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A section of a form, laid out as Eclipse Forms' {@code Section} is (PDE's manifest editor): a
 * bold title, one line saying what the section is for, then its fields. Plain SWT: Eclipse Forms
 * is not among the bundles Fulcrum can build with.
 */
public final class FormSection {

	private FormSection() {
	}

	/** A section in {@code parent} (a one-column grid); returns its body, a grid of {@code columns}. */
	public static Composite create(Composite parent, String title, String description, int columns) {
		Composite section = new Composite(parent, SWT.NONE);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		section.setLayout(layout);
		Label heading = new Label(section, SWT.NONE);
		heading.setText(title);
		heading.setFont(JFaceResources.getBannerFont());
		Label line = new Label(section, SWT.WRAP);
		line.setText(description);
		line.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = 600;
		line.setLayoutData(wrap);
		new Label(section, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite body = new Composite(section, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(columns, false));
		return body;
	}

	/** A field's label in a two- or four-column body. */
	public static Label label(Composite body, String text) {
		Label label = new Label(body, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return label;
	}

	/** A grey line of help that wraps, spanning {@code span} columns. */
	public static Label hint(Composite body, String text, int span) {
		Label hint = new Label(body, SWT.WRAP);
		hint.setText(text);
		hint.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 400;
		hint.setLayoutData(data);
		return hint;
	}
}

package org.fulcrum.ui.internal.forms;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.ui.internal.edit.FeatureText;

/** Labelled fields of a form's section, bound to the model through commands. */
public final class Fields {

	private Fields() {
	}

	/** A labelled text field for an attribute; {@code lines} above 1 makes it a wrapping multi-line field. */
	public static Text text(Composite body, String label, EditingDomain domain, EObject owner, EAttribute attribute, int lines, int span) {
		FormSection.label(body, label);
		Text text = new Text(body, SWT.BORDER | (lines > 1 ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		if (lines > 1) {
			data.heightHint = text.getLineHeight() * lines;
			data.widthHint = 400;
		}
		text.setLayoutData(data);
		FeatureText.bind(text, domain, owner, attribute);
		return text;
	}

	public static Combo combo(Composite body, String label) {
		FormSection.label(body, label);
		Combo combo = new Combo(body, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}
}

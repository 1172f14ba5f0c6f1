package org.fulcrum.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.model.Stance;

/** The stance observed as radio buttons in the drama triangle's words (coach, bully (persecutor), victim, rescuer) or not recorded. */
public final class StanceChoice {

	private final EObject owner;
	private final EAttribute attribute;
	private final List<Button> buttons = new ArrayList<>();
	private final Button none;

	public StanceChoice(Composite body, EditingDomain domain, EObject owner, EAttribute attribute) {
		this.owner = owner;
		this.attribute = attribute;
		Composite row = new Composite(body, SWT.NONE);
		row.setLayout(new RowLayout());
		for (Stance stance : Stance.VALUES) {
			Button button = new Button(row, SWT.RADIO);
			button.setText(CoachingLabels.stance(stance));
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection() && (!owner.eIsSet(attribute) || owner.eGet(attribute) != stance)) {
					Lists.execute(domain, SetCommand.create(domain, owner, attribute, stance));
				}
			});
			buttons.add(button);
		}
		none = new Button(row, SWT.RADIO);
		none.setText("not recorded");
		none.addListener(SWT.Selection, e -> {
			if (none.getSelection() && owner.eIsSet(attribute)) {
				Lists.execute(domain, SetCommand.create(domain, owner, attribute, SetCommand.UNSET_VALUE));
			}
		});
		refresh();
	}

	public void refresh() {
		Stance stance = owner.eIsSet(attribute) ? (Stance) owner.eGet(attribute) : null;
		for (int i = 0; i < buttons.size(); i++) {
			if (!buttons.get(i).isDisposed()) {
				buttons.get(i).setSelection(Stance.VALUES.get(i) == stance);
			}
		}
		if (!none.isDisposed()) {
			none.setSelection(stance == null);
		}
	}

	/** The radio button of a stance (null: not recorded), for tests. */
	public Button button(Stance stance) {
		return stance == null ? none : buttons.get(stance.getValue());
	}
}

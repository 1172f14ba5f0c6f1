package org.fulcrum.ui.internal.edit;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Binds a text field to one single-valued attribute: the field shows the value (and follows
 * undo, redo and other editors), and Enter or leaving the field sets it through a
 * {@link SetCommand} on the editing domain. A value the attribute's type cannot take is refused
 * and the field shows the model's value again.
 */
public final class FeatureText {

	private final Text text;
	private final EditingDomain domain;
	private final EObject owner;
	private final EAttribute attribute;
	private final AdapterImpl follower = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == attribute) {
				UiThread.async(text, FeatureText.this::show);
			}
		}
	};

	private FeatureText(Text text, EditingDomain domain, EObject owner, EAttribute attribute) {
		this.text = text;
		this.domain = domain;
		this.owner = owner;
		this.attribute = attribute;
	}

	public static FeatureText bind(Text text, EditingDomain domain, EObject owner, EAttribute attribute) {
		FeatureText binding = new FeatureText(text, domain, owner, attribute);
		binding.show();
		owner.eAdapters().add(binding.follower);
		text.addListener(SWT.DefaultSelection, e -> binding.commit());
		text.addListener(SWT.FocusOut, e -> binding.commit());
		text.addDisposeListener(e -> owner.eAdapters().remove(binding.follower));
		return binding;
	}

	/** Sets the attribute from the field, as Enter does; returns false when the text is not a valid value. */
	public boolean commit() {
		if (text.isDisposed()) {
			return false;
		}
		Object value;
		try {
			value = Values.parse(attribute, text.getText());
		} catch (IllegalArgumentException e) {
			show();
			return false;
		}
		if (!Objects.equals(value, owner.eGet(attribute))) {
			Command set = SetCommand.create(domain, owner, attribute, value);
			if (set.canExecute()) {
				domain.getCommandStack().execute(set);
			}
		}
		return true;
	}

	private void show() {
		if (!text.isDisposed()) {
			String shown = Values.format(attribute, owner.eGet(attribute));
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
		}
	}

	/** The value a text stands for, as EMF converts it; no text is no value. */
	static Object valueOf(EAttribute attribute, String text) {
		if (attribute.isMany()) {
			return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty())
					.map(t -> EcoreUtil.createFromString(attribute.getEAttributeType(), t)).toList();
		}
		return text.isBlank() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
	}
}

package org.fulcrum.ui.internal.edit;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/** Binds a read-only combo to an enumeration attribute: choosing a literal sets it through a {@link SetCommand}. */
public final class FeatureCombo {

	private FeatureCombo() {
	}

	public static void bind(Combo combo, EditingDomain domain, EObject owner, EAttribute attribute) {
		bind(combo, domain, owner, attribute, Enumerator::getLiteral);
	}

	/** The same, with each literal shown as {@code label} names it (e.g. "channel manager" for channelManager). */
	public static void bind(Combo combo, EditingDomain domain, EObject owner, EAttribute attribute, Function<Enumerator, String> label) {
		List<Enumerator> literals = ((EEnum) attribute.getEAttributeType()).getELiterals().stream().map(l -> (Enumerator) l.getInstance()).toList();
		combo.setItems(literals.stream().map(label).toArray(String[]::new));
		Runnable show = () -> combo.select(literals.indexOf(owner.eGet(attribute)));
		show.run();
		AdapterImpl follower = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == attribute) {
					UiThread.async(combo, show);
				}
			}
		};
		owner.eAdapters().add(follower);
		combo.addDisposeListener(e -> owner.eAdapters().remove(follower));
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && literals.get(index) != owner.eGet(attribute)) {
				domain.getCommandStack().execute(SetCommand.create(domain, owner, attribute, literals.get(index)));
			}
		});
	}
}

package org.fulcrum.ui.internal.edit;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/**
 * Binds a read-only combo to a single-valued reference (an issue's partner or owner): the
 * choices are read again each time the combo opens, because people and partners are added
 * and removed while the editor is open, and choosing one sets the reference through a
 * {@link SetCommand}. The first item, empty, stands for no value.
 */
public final class ReferenceCombo {

	private ReferenceCombo() {
	}

	public static <T extends EObject> void bind(Combo combo, EditingDomain domain, EObject owner, EReference reference,
			Supplier<List<T>> choices, Function<T, String> label) {
		List<List<T>> shown = new java.util.ArrayList<>(List.of(List.of()));
		Runnable show = () -> {
			if (combo.isDisposed()) {
				return;
			}
			List<T> now = choices.get();
			shown.set(0, now);
			String[] items = new String[now.size() + 1];
			items[0] = "";
			for (int i = 0; i < now.size(); i++) {
				items[i + 1] = label.apply(now.get(i));
			}
			combo.setItems(items);
			combo.select(now.indexOf(owner.eGet(reference)) + 1);
		};
		show.run();
		AdapterImpl follower = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == reference) {
					UiThread.async(combo, show);
				}
			}
		};
		owner.eAdapters().add(follower);
		combo.addDisposeListener(e -> owner.eAdapters().remove(follower));
		combo.addListener(SWT.FocusIn, e -> show.run());
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			Object value = index <= 0 ? null : shown.get(0).get(index - 1);
			if (index >= 0 && value != owner.eGet(reference)) {
				domain.getCommandStack().execute(SetCommand.create(domain, owner, reference, value));
			}
		});
	}
}

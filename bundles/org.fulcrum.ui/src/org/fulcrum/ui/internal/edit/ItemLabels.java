package org.fulcrum.ui.internal.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** A JFace label provider over EMF.Edit item providers: the text and icon each model object's item provider gives. */
public class ItemLabels extends LabelProvider {

	private final AdapterFactoryItemDelegator items;
	private final ItemImages images;

	public ItemLabels(AdapterFactory adapterFactory, Control owner) {
		this.items = new AdapterFactoryItemDelegator(adapterFactory);
		this.images = new ItemImages(owner);
	}

	@Override
	public String getText(Object element) {
		return items.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		return images.get(items.getImage(element));
	}

	/** The item providers' delegator, for subclasses that show more than a label. */
	protected AdapterFactoryItemDelegator items() {
		return items;
	}
}

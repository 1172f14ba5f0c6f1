package org.fulcrum.ui.internal.edit;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF.Edit item providers: an object's children are what its
 * item provider lists (its containment features). The input is a collection of roots or one root object.
 */
public final class ItemContent implements ITreeContentProvider {

	private final AdapterFactoryItemDelegator items;

	public ItemContent(AdapterFactory adapterFactory) {
		this.items = new AdapterFactoryItemDelegator(adapterFactory);
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Collection<?> roots ? roots.toArray() : getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		return items.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		return items.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		return !items.getChildren(element).isEmpty();
	}
}

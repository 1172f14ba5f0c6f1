package org.fulcrum.ui.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A reflective property sheet: every property the object's item provider describes, its value,
 * and cell editors (text, or a choice for enumerations, booleans and references) that change it
 * through the editing domain's command stack. Multi-valued and read-only properties are shown only.
 */
public final class PropertyTable {

	private final TableViewer viewer;
	private final EditingDomain domain;
	private final AdapterFactoryItemDelegator items;
	private EObject object;

	public PropertyTable(Composite parent, EditingDomain domain, AdapterFactory adapterFactory) {
		this.domain = domain;
		this.items = new AdapterFactoryItemDelegator(adapterFactory);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.NONE);
		name.getColumn().setText("Property");
		name.getColumn().setWidth(180);
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> ((IItemPropertyDescriptor) d).getDisplayName(object)));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.NONE);
		value.getColumn().setText("Value");
		value.getColumn().setWidth(420);
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> text((IItemPropertyDescriptor) d)));
		value.setEditingSupport(new ValueEditing());
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Shows the properties of {@code shown}, or nothing for null. */
	public void show(EObject shown) {
		this.object = shown;
		viewer.setInput(shown == null ? List.of() : items.getPropertyDescriptors(shown));
	}

	public void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	/** The shown value of a property, as the table's second column writes it. */
	public String text(IItemPropertyDescriptor descriptor) {
		Object value = descriptor.getPropertyValue(object);
		if (value instanceof IItemPropertySource wrapped) {
			value = wrapped.getEditableValue(object);
		}
		return descriptor.getLabelProvider(object).getText(value);
	}

	/** Sets a property through the command stack; false when the command cannot run. */
	public boolean set(IItemPropertyDescriptor descriptor, Object value) {
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
		if (Objects.equals(object.eGet(feature), value)) {
			return true;
		}
		Command set = SetCommand.create(domain, object, feature, value);
		if (!set.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(set);
		return true;
	}

	private final class ValueEditing extends EditingSupport {

		private List<Object> choices = List.of();

		ValueEditing() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
			return descriptor.canSetProperty(object) && descriptor.getFeature(object) instanceof EStructuralFeature feature
					&& !feature.isMany() && !(feature instanceof EReference reference && reference.isContainment());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
			EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
			Collection<?> offered = descriptor.getChoiceOfValues(object);
			if (offered != null || feature instanceof EReference || isBoolean(feature)) {
				choices = new ArrayList<>();
				if (offered != null) {
					choices.addAll(offered);
				} else if (isBoolean(feature)) {
					choices.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
				}
				String[] labels = choices.stream().map(c -> c == null ? "" : descriptor.getLabelProvider(object).getText(c)).toArray(String[]::new);
				return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
			}
			choices = List.of();
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected Object getValue(Object element) {
			IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
			EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
			Object current = object.eGet(feature);
			if (!choices.isEmpty()) {
				return Math.max(0, choices.indexOf(current));
			}
			return Values.format((EAttribute) feature, current);
		}

		@Override
		protected void setValue(Object element, Object value) {
			IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
			EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
			if (!choices.isEmpty()) {
				int index = (Integer) value;
				if (index >= 0 && index < choices.size()) {
					set(descriptor, choices.get(index));
				}
			} else {
				try {
					set(descriptor, Values.parse((EAttribute) feature, (String) value));
				} catch (IllegalArgumentException e) {
					// not a value of the property's type: the cell shows the model's value again
				}
			}
			viewer.update(element, null);
		}

		private boolean isBoolean(EStructuralFeature feature) {
			Class<?> type = feature.getEType().getInstanceClass();
			return type == boolean.class || type == Boolean.class;
		}
	}
}

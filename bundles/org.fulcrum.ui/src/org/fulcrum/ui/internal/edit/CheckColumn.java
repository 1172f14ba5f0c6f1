package org.fulcrum.ui.internal.edit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/**
 * A table column for a boolean attribute (e.g. "visible to partner"), shown as ☑ or ☐ and
 * toggled with a click; the toggle is a {@link SetCommand}, so it can be undone like any edit.
 */
public final class CheckColumn {

	private CheckColumn() {
	}

	public static TableViewerColumn add(TableViewer viewer, String title, int width, EditingDomain domain, EAttribute attribute) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> Boolean.TRUE.equals(((EObject) e).eGet(attribute)) ? "☑" : "☐"));
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new CheckboxCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return ((EObject) element).eGet(attribute);
			}

			@Override
			protected void setValue(Object element, Object value) {
				set(domain, (EObject) element, attribute, Boolean.TRUE.equals(value));
			}
		});
		return column;
	}

	/** Sets the value as the column's editor does, when it differs. */
	public static void set(EditingDomain domain, EObject element, EAttribute attribute, boolean value) {
		if (!Boolean.valueOf(value).equals(element.eGet(attribute))) {
			domain.getCommandStack().execute(SetCommand.create(domain, element, attribute, value));
		}
	}
}

package org.fulcrum.ui.internal.forms;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.fulcrum.ui.internal.edit.Values;

/** Editable columns of the lists on forms; every edit is a {@link SetCommand}, undoable like any other. */
public final class Cells {

	private Cells() {
	}

	public static TableViewerColumn column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
		return column;
	}

	/** A column editing an attribute as text (dates as 2026-11-18, numbers as digits); a text the type cannot take is refused. */
	public static TableViewerColumn text(TableViewer viewer, String title, int width, EditingDomain domain,
			org.eclipse.emf.ecore.EAttribute attribute) {
		TableViewerColumn column = column(viewer, title, width, e -> Values.format(attribute, ((EObject) e).eGet(attribute)));
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return Values.format(attribute, ((EObject) element).eGet(attribute));
			}

			@Override
			protected void setValue(Object element, Object value) {
				try {
					set(domain, (EObject) element, attribute, Values.parse(attribute, (String) value));
				} catch (IllegalArgumentException e) {
					viewer.refresh(element); // not a value of the type: the model keeps its own
				}
			}
		});
		return column;
	}

	/** A column choosing one of {@code choices} (enum literals or objects) for a feature, shown by {@code label}. */
	public static <T> TableViewerColumn choice(TableViewer viewer, String title, int width, EditingDomain domain,
			EStructuralFeature feature, java.util.function.Supplier<List<T>> choices, Function<T, String> label) {
		@SuppressWarnings("unchecked")
		TableViewerColumn column = column(viewer, title, width, e -> {
			Object value = ((EObject) e).eGet(feature);
			return value == null ? "" : label.apply((T) value);
		});
		column.setEditingSupport(new EditingSupport(viewer) {
			private List<T> shown = List.of();

			@Override
			protected CellEditor getCellEditor(Object element) {
				shown = choices.get();
				return new ComboBoxCellEditor(viewer.getTable(), shown.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return Math.max(0, shown.indexOf(((EObject) element).eGet(feature)));
			}

			@Override
			protected void setValue(Object element, Object value) {
				int index = (Integer) value;
				if (index >= 0 && index < shown.size()) {
					set(domain, (EObject) element, feature, shown.get(index));
				}
			}
		});
		return column;
	}

	/** Sets a feature when the value differs, as one command. */
	public static void set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			Command set = SetCommand.create(domain, owner, feature, value);
			Lists.execute(domain, set);
		}
	}
}

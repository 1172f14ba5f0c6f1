package org.fulcrum.ui.internal.forms;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The pieces a list on a form shares: a table over a many-valued feature, add and remove as commands. */
public final class Lists {

	private Lists() {
	}

	/**
	 * Shows the list of {@code owner}'s {@code feature} in a table; call it once the columns are made,
	 * so that each row is labelled by them.
	 */
	public static void show(TableViewer viewer, EObject owner, EStructuralFeature feature) {
		viewer.setInput(owner.eGet(feature));
	}

	/** A table without input yet, {@code rows} rows high. */
	public static TableViewer table(Composite body, int rows) {
		TableViewer viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = viewer.getTable().getItemHeight() * rows + viewer.getTable().getHeaderHeight();
		viewer.getTable().setLayoutData(data);
		return viewer;
	}

	/** A row of buttons under a list. */
	public static Composite buttons(Composite body) {
		Composite row = new Composite(body, SWT.NONE);
		row.setLayout(new RowLayout());
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return row;
	}

	public static Button button(Composite row, String text, Runnable action) {
		Button button = new Button(row, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Adds {@code value} to the feature as one undoable command. */
	public static void add(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		execute(domain, AddCommand.create(domain, owner, feature, value));
	}

	/** Removes the table's selected elements as one undoable command. */
	public static void removeSelected(EditingDomain domain, EObject owner, EStructuralFeature feature, TableViewer viewer) {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (!selected.isEmpty()) {
			execute(domain, RemoveCommand.create(domain, owner, feature, (Collection<?>) selected));
		}
	}

	/** Removes the table's selected elements from whatever holds each, as one undoable command. */
	public static void removeSelected(EditingDomain domain, TableViewer viewer) {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (!selected.isEmpty()) {
			execute(domain, RemoveCommand.create(domain, (Collection<?>) selected));
		}
	}

	static void execute(EditingDomain domain, Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}

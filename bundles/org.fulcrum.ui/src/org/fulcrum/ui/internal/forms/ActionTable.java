package org.fulcrum.ui.internal.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.coaching.SmartCheck;
import org.fulcrum.coaching.SmartFinding;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Person;
import org.fulcrum.ui.internal.edit.CheckColumn;

/**
 * Agreed actions as a table: what, measure, due, owner, whether it is support the coach owes, status,
 * and the SMART check's findings on each action inline, the same messages as {@code ./fulcrum plan check}.
 */
public final class ActionTable {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;
	private final TableViewer viewer;
	private final Supplier<List<Action>> rows;
	private final Button add;
	private final Button remove;

	/**
	 * The actions of {@code owner}'s {@code actions}; Add puts a new one there.
	 *
	 * @param owners the people who may own an action (read each time the owner cell opens)
	 * @param defaults the owner and due date a new action starts with
	 */
	public ActionTable(Composite body, EditingDomain domain, EObject owner, EReference actions, Supplier<List<Person>> owners,
			Supplier<Person> defaultOwner, Supplier<LocalDate> defaultDue) {
		this(body, domain, null, null, () -> owner, actions, owners, defaultOwner, defaultDue);
		Lists.show(viewer, owner, actions);
	}

	/**
	 * Actions gathered from several owners (a program's sessions), read again at each {@link #refresh()};
	 * {@code where} names the owner of each in a first column, and Add puts a new action under
	 * {@code addTo}'s {@code actions} (nothing is added while it gives null).
	 */
	public static ActionTable gathered(Composite body, EditingDomain domain, Supplier<List<Action>> rows, Function<Action, String> where,
			Supplier<EObject> addTo, EReference actions, Supplier<List<Person>> owners, Supplier<Person> defaultOwner,
			Supplier<LocalDate> defaultDue) {
		ActionTable table = new ActionTable(body, domain, rows, where, addTo, actions, owners, defaultOwner, defaultDue);
		table.refresh();
		return table;
	}

	private ActionTable(Composite body, EditingDomain domain, Supplier<List<Action>> rows, Function<Action, String> where,
			Supplier<EObject> addTo, EReference actions, Supplier<List<Person>> owners, Supplier<Person> defaultOwner,
			Supplier<LocalDate> defaultDue) {
		this.rows = rows;
		viewer = Lists.table(body, 5);
		if (where != null) {
			Cells.column(viewer, "Agreed on", 150, e -> where.apply((Action) e));
		}
		Cells.text(viewer, "What", 260, domain, MODEL.getAction_What());
		Cells.text(viewer, "Measure", 170, domain, MODEL.getAction_Measure());
		Cells.text(viewer, "Due", 90, domain, MODEL.getAction_DueDate());
		Cells.choice(viewer, "Owner", 130, domain, MODEL.getAction_Owner(), owners, p -> p.getName() == null ? p.getId() : p.getName());
		CheckColumn.add(viewer, "Support owed", 90, domain, MODEL.getAction_Support());
		Cells.choice(viewer, "Status", 90, domain, MODEL.getAction_Status(), () -> ActionStatus.VALUES, ActionStatus::getLiteral);
		var problems = Cells.column(viewer, "SMART check", 360, e -> findings((Action) e));
		problems.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return findings((Action) element);
			}

			@Override
			public Color getForeground(Object element) {
				return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		var row = Lists.buttons(body);
		add = Lists.button(row, "Add action", () -> {
			EObject owner = addTo.get();
			if (owner == null) {
				return;
			}
			Action action = FulcrumFactory.eINSTANCE.createAction();
			action.setId(newId(owner, actions));
			action.setWhat("");
			action.setOwner(defaultOwner.get());
			action.setDueDate(defaultDue.get());
			action.setStatus(ActionStatus.OPEN);
			Lists.add(domain, owner, actions, action);
		});
		remove = Lists.button(row, "Remove", () -> Lists.removeSelected(domain, viewer));
	}

	/** Shows the actions again (gathered ones are gathered again). */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (rows != null) {
			viewer.setInput(rows.get());
		} else {
			viewer.refresh();
		}
	}

	public Button addButton() {
		return add;
	}

	public Button removeButton() {
		return remove;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The SMART findings on an action, one sentence after the other; empty when it is SMART and owned well. */
	public static String findings(Action action) {
		return SmartCheck.of(action).stream().map(SmartFinding::message).collect(Collectors.joining(" "));
	}

	private static String newId(EObject owner, EReference actions) {
		String base = (owner instanceof org.fulcrum.model.Identified identified ? identified.getId() : "ACT") + "-A";
		@SuppressWarnings("unchecked")
		List<Action> existing = (List<Action>) owner.eGet(actions);
		int n = existing.size() + 1;
		while (true) {
			String id = base + n;
			if (existing.stream().noneMatch(a -> id.equals(a.getId()))) {
				return id;
			}
			n++;
		}
	}
}

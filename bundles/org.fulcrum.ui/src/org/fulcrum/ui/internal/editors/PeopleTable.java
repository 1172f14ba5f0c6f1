package org.fulcrum.ui.internal.editors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Person;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.forms.Cells;

/**
 * A table of the engagement's people of one kind (participants or raters) whose cells edit
 * name, e-mail, title and organisation through the command stack, with buttons to add and
 * remove people (removal also clears references to them, and can be undone).
 */
final class PeopleTable {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private final Engagement engagement;
	private final EditingDomain domain;
	private final Predicate<Person> kind;
	private final TableViewer viewer;

	PeopleTable(Composite parent, Engagement engagement, EditingDomain domain, Prompts prompts, Predicate<Person> kind,
			Function<Engagement, Person> newPerson, String what) {
		this.engagement = engagement;
		this.domain = domain;
		this.kind = kind;
		Composite box = new Composite(parent, SWT.NONE);
		box.setLayout(new GridLayout(2, false));
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 3));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Cells.column(viewer, "Id", 110, p -> ((Person) p).getId());
		Cells.text(viewer, "Name", 180, domain, MODEL.getPerson_Name());
		Cells.text(viewer, "E-mail", 220, domain, MODEL.getPerson_Email());
		Cells.text(viewer, "Title", 170, domain, MODEL.getPerson_Title());
		Cells.text(viewer, "Organisation", 170, domain, MODEL.getPerson_Organization());
		Button add = button(box, "&Add " + what);
		add.addListener(SWT.Selection, e -> {
			Person person = newPerson.apply(engagement);
			domain.getCommandStack().execute(AddCommand.create(domain, engagement, MODEL.getEngagement_People(), person));
			viewer.refresh();
			viewer.setSelection(new StructuredSelection(person), true);
			viewer.editElement(person, 1);
		});
		Button remove = button(box, "&Remove");
		remove.addListener(SWT.Selection, e -> {
			List<?> chosen = viewer.getStructuredSelection().toList();
			if (!chosen.isEmpty() && prompts.confirm("Remove " + what, "Remove " + chosen.size() + " " + what
					+ (chosen.size() == 1 ? "" : "s") + " and every reference to them? You can undo this.")) {
				Command delete = DeleteCommand.create(domain, chosen);
				if (delete.canExecute()) {
					domain.getCommandStack().execute(delete);
				}
			}
		});
		refresh();
	}

	TableViewer viewer() {
		return viewer;
	}

	Composite control() {
		return viewer.getTable().getParent();
	}

	void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(engagement.getPeople().stream().filter(kind).toList());
		}
	}

	private static Button button(Composite box, String text) {
		Button button = new Button(box, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		return button;
	}
}

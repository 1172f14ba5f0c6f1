package org.fulcrum.ui.internal.editors;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.ui.internal.edit.ElementNames;
import org.fulcrum.ui.internal.edit.ItemContent;
import org.fulcrum.ui.internal.edit.PropertyTable;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.session.Session;

/**
 * The editor of a development plan, coaching session or program, partner issue or any other
 * object: its contents as a tree (focus areas, goals and actions; questions and checklist;
 * events and commitments), the selected element's properties, editable through the command
 * stack, and the validation problems of each element shown inline (e.g. an action that is not SMART).
 */
public final class ObjectEditor implements Editors.Revealing {

	private final EditorSupport support;
	private TreeViewer tree;
	private PropertyTable properties;
	private Label problemText;
	private List<Problem> problems = List.of();

	@Inject
	public ObjectEditor(EditorSupport support) {
		this.support = support;
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		if (!support.open(parent)) {
			return;
		}
		Session session = (Session) support.session();
		EObject root = support.object();
		ElementNames names = new ElementNames(session.adapterFactory(), parent);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		tree.setContentProvider(new ItemContent(session.adapterFactory()));
		tree.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				long count = problemsOf(element).size();
				return names.getText(element) + (count == 0 ? "" : "   ⚠ " + count);
			}

			@Override
			public Image getImage(Object element) {
				return names.getImage(element);
			}

			@Override
			public Color getForeground(Object element) {
				return problemsOf(element).isEmpty() ? null : tree.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			}
		});
		tree.setInput(List.of(root));
		tree.expandAll();
		Composite details = new Composite(sash, SWT.NONE);
		details.setLayout(new GridLayout(1, false));
		properties = new PropertyTable(details, session.editingDomain(), session.adapterFactory());
		properties.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		problemText = new Label(details, SWT.WRAP);
		problemText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		problemText.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		sash.setWeights(35, 65);
		tree.addSelectionChangedListener(e -> showDetails());
		tree.setSelection(new StructuredSelection(root));
		support.follow(tree.getControl(), names, () -> {
			tree.refresh();
			properties.refresh();
			validate();
		});
		validate();
	}

	@Persist
	void save() {
		support.save();
	}

	@Focus
	void focus() {
		if (tree != null) {
			tree.getControl().setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		support.dispose();
	}

	public TreeViewer tree() {
		return tree;
	}

	public PropertyTable properties() {
		return properties;
	}

	@Override
	public void reveal(EObject target) {
		if (tree != null) {
			tree.setSelection(new StructuredSelection(target), true);
		}
	}

	private void validate() {
		((Session) support.session()).findings().withValue(found -> UiThread.async(tree.getControl(), () -> {
			problems = found;
			tree.refresh();
			showDetails();
		}));
	}

	private void showDetails() {
		Object selected = tree.getStructuredSelection().getFirstElement();
		properties.show(selected instanceof EObject object ? object : null);
		problemText.setText(problemsOf(selected).stream().map(Problem::message).collect(Collectors.joining("\n")));
		problemText.getParent().layout();
	}

	/** The problems about this element itself (not its contents). */
	private List<Problem> problemsOf(Object element) {
		return problems.stream().filter(p -> p.element() == element && element != null).toList();
	}
}

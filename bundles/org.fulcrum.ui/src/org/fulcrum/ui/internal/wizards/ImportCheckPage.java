package org.fulcrum.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.core.io.ImportProblem;

/** The import wizard's second page: what the check found, every problem with its line and field, or what will be added. */
public final class ImportCheckPage extends WizardPage {

	private final Runnable check;
	private Label summary;
	private TableViewer problems;

	/** {@code check} runs each time the page is shown. */
	ImportCheckPage(Runnable check) {
		super("check", "Check the file", null);
		this.check = check;
		setDescription("The file is read and checked against the engagement before anything is changed.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		problems = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		problems.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		problems.getTable().setHeaderVisible(true);
		problems.getTable().setLinesVisible(true);
		problems.setContentProvider(ArrayContentProvider.getInstance());
		column("Line", 60, p -> Integer.toString(p.line()));
		column("Field", 120, p -> p.field() == null ? "" : p.field());
		column("Problem", 460, ImportProblem::message);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			check.run();
		}
	}

	public TableViewer problems() {
		return problems;
	}

	public String summary() {
		return summary.getText();
	}

	void showProblems(List<ImportProblem> found, String file) {
		summary.setText(found.size() + " problem" + (found.size() == 1 ? "" : "s") + " in " + file
				+ ". Nothing will be imported; correct the file and try again.");
		problems.setInput(found);
		setErrorMessage(found.size() + " problem" + (found.size() == 1 ? "" : "s") + " found: nothing can be imported");
		setPageComplete(false);
		summary.getParent().layout();
	}

	void showReady(String text) {
		summary.setText(text);
		problems.setInput(List.of());
		setErrorMessage(null);
		setPageComplete(true);
		summary.getParent().layout();
	}

	void showFailure(String text) {
		summary.setText(text);
		problems.setInput(List.of());
		setErrorMessage(text);
		setPageComplete(false);
	}

	private void column(String title, int width, java.util.function.Function<ImportProblem, String> text) {
		TableViewerColumn column = new TableViewerColumn(problems, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(p -> text.apply((ImportProblem) p)));
	}
}

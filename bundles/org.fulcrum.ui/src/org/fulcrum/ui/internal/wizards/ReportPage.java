package org.fulcrum.ui.internal.wizards;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.model.Assessment;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.ui.internal.session.Session;

/** The report wizard's page: the folder, the formats, everyone or the selected participant, and the cohort report. */
public final class ReportPage extends WizardPage {

	private final Session session;
	private final Assessment selected;
	private Text folder;
	private Button pdf;
	private Button html;
	private Button xlsx;
	private Button everyone;
	private Button onlySelected;
	private Button cohort;

	ReportPage(Session session, Assessment selected) {
		super("reports", "Generate reports", null);
		this.session = session;
		this.selected = selected;
		setDescription("Individual 360° reports show only what the confidentiality policy allows; each release is recorded in the engagement.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Folder");
		folder = new Text(page, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.setText(session.file().resolveSibling("reports-" + session.engagement().getId()).toString());
		folder.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		new Label(page, SWT.NONE).setText("Formats");
		Composite formats = row(page);
		pdf = check(formats, "PDF", true);
		html = check(formats, "HTML", true);
		xlsx = check(formats, "XLSX (cohort report only)", false);
		new Label(page, SWT.NONE).setText("Individual reports");
		Composite who = row(page);
		everyone = radio(who, "Everyone (" + EngagementReports.select(session.engagement(), null).size() + ")", selected == null);
		onlySelected = radio(who, selected == null ? "Only the selected participant" : "Only " + EngagementReports.label(selected), selected != null);
		onlySelected.setEnabled(selected != null);
		new Label(page, SWT.NONE);
		cohort = check(row(page), "The cohort report for the sponsor", false);
		setControl(page);
		validate();
	}

	/** Chooses as a user would: the folder, the formats, only the selected participant or everyone, the cohort report. */
	public void choose(Path target, Set<ReportFormat> chosen, boolean onlyTheSelected, boolean withCohort) {
		folder.setText(target.toString());
		pdf.setSelection(chosen.contains(ReportFormat.PDF));
		html.setSelection(chosen.contains(ReportFormat.HTML));
		xlsx.setSelection(chosen.contains(ReportFormat.XLSX));
		onlySelected.setSelection(onlyTheSelected && selected != null);
		everyone.setSelection(!onlySelected.getSelection());
		cohort.setSelection(withCohort);
		validate();
	}

	Path folder() {
		return Path.of(folder.getText().strip()).toAbsolutePath().normalize();
	}

	Set<ReportFormat> formats() {
		Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
		if (pdf.getSelection()) {
			chosen.add(ReportFormat.PDF);
		}
		if (html.getSelection()) {
			chosen.add(ReportFormat.HTML);
		}
		if (xlsx.getSelection()) {
			chosen.add(ReportFormat.XLSX);
		}
		return chosen;
	}

	String participant() {
		return onlySelected.getSelection() && selected != null ? selected.getId() : null;
	}

	boolean individual() {
		return pdf.getSelection() || html.getSelection();
	}

	boolean cohort() {
		return cohort.getSelection();
	}

	private void validate() {
		String error = null;
		if (folder.getText().isBlank()) {
			error = "Choose a folder for the reports";
		} else if (formats().isEmpty()) {
			error = "Choose at least one format";
		} else if (!individual() && !cohort()) {
			error = "XLSX is a format of the cohort report only: choose the cohort report, or PDF or HTML";
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private Composite row(Composite page) {
		Composite row = new Composite(page, SWT.NONE);
		row.setLayout(new GridLayout(3, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return row;
	}

	private Button check(Composite parent, String text, boolean on) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(on);
		button.addListener(SWT.Selection, e -> validate());
		return button;
	}

	private Button radio(Composite parent, String text, boolean on) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setSelection(on);
		return button;
	}
}

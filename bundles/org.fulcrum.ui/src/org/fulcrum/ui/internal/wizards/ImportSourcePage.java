package org.fulcrum.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The import wizard's first page: what to import, from which CSV or XLSX file, and for rater nominations the round. */
public final class ImportSourcePage extends WizardPage {

	private final Button[] kinds = new Button[ImportKind.values().length];
	private Text file;
	private Text round;
	private Label columns;

	ImportSourcePage() {
		super("source", "Import into the engagement", null);
		setDescription("Choose what to import and the file a survey tool or spreadsheet exported. All rows are imported, or none.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Import");
		Composite choice = new Composite(page, SWT.NONE);
		choice.setLayout(new GridLayout(1, false));
		choice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		for (ImportKind kind : ImportKind.values()) {
			Button button = new Button(choice, SWT.RADIO);
			button.setText(kind.label());
			button.addListener(SWT.Selection, e -> changed());
			kinds[kind.ordinal()] = button;
		}
		kinds[0].setSelection(true);
		new Label(page, SWT.NONE).setText("File (CSV or XLSX)");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addListener(SWT.Modify, e -> changed());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		new Label(page, SWT.NONE).setText("Round");
		round = new Text(page, SWT.BORDER);
		round.setText("baseline");
		round.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		columns = new Label(page, SWT.WRAP);
		columns.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		setControl(page);
		changed();
	}

	public ImportKind kind() {
		for (ImportKind kind : ImportKind.values()) {
			if (kinds[kind.ordinal()].getSelection()) {
				return kind;
			}
		}
		return ImportKind.PARTICIPANTS;
	}

	public void choose(ImportKind kind, Path path) {
		for (ImportKind k : ImportKind.values()) {
			kinds[k.ordinal()].setSelection(k == kind);
		}
		file.setText(path.toString());
		changed();
	}

	public Path file() {
		return Path.of(file.getText().strip());
	}

	public String round() {
		return round.getText().isBlank() ? "baseline" : round.getText().strip();
	}

	private void changed() {
		round.setEnabled(kind() == ImportKind.RATERS);
		columns.setText("Columns: " + kind().columns());
		String text = file.getText().strip();
		String error = text.isEmpty() ? null : !Files.isRegularFile(Path.of(text)) ? "No such file: " + text : null;
		setErrorMessage(error);
		setPageComplete(!text.isEmpty() && error == null);
	}
}

package org.fulcrum.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.model.Engagement;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.edit.RecordedChange;

/**
 * Imports participants, rater nominations or responses into an open engagement. The second
 * page reads the file and runs the import with progress (cancel leaves everything as it was):
 * on any problem it lists every one with its line and field and nothing is imported; otherwise
 * Finish applies the import as one command, which Undo takes back. Saving stays the user's choice.
 */
public final class ImportWizard extends Wizard {

	private final EngagementSession session;
	private final ImportSourcePage source = new ImportSourcePage();
	private final ImportCheckPage check = new ImportCheckPage(this::runCheck);
	private RecordedChange change;

	public ImportWizard(EngagementSession session) {
		this.session = session;
		setWindowTitle("Import into " + session.file().getFileName());
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(source);
		addPage(check);
	}

	public ImportSourcePage sourcePage() {
		return source;
	}

	public ImportCheckPage checkPage() {
		return check;
	}

	@Override
	public boolean canFinish() {
		return change != null && getContainer().getCurrentPage() == check;
	}

	@Override
	public boolean performFinish() {
		if (change == null) {
			return false;
		}
		session.editingDomain().getCommandStack().execute(change);
		return true;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == source ? check : null;
	}

	private void runCheck() {
		change = null;
		ImportKind kind = source.kind();
		Path file = source.file();
		String round = source.round();
		Engagement engagement = session.engagement();
		Object[] outcome = new Object[2];
		try {
			getContainer().run(true, true, (IProgressMonitor monitor) -> {
				monitor.beginTask("Importing " + kind.things() + " from " + file.getFileName(), 2);
				monitor.subTask("Reading " + file.getFileName());
				CsvTable table;
				try {
					table = CsvTable.readAny(file);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} catch (ImportException e) {
					outcome[0] = e;
					return;
				}
				monitor.worked(1);
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
				monitor.subTask("Checking " + table.rows().size() + " rows against the engagement");
				int[] added = new int[1];
				try {
					outcome[1] = RecordedChange.record(engagement, "Import " + kind.things(),
							() -> added[0] = kind.apply(engagement, table, round));
					outcome[0] = added[0];
				} catch (ImportException e) {
					outcome[0] = e;
				}
				monitor.worked(1);
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			check.showFailure(file.getFileName() + " cannot be read: " + e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			check.showFailure("Cancelled: nothing was imported.");
			return;
		}
		if (outcome[0] instanceof ImportException problems) {
			check.showProblems(problems.problems(), file.getFileName().toString());
		} else {
			change = (RecordedChange) outcome[1];
			check.showReady("Ready: " + outcome[0] + " " + kind.things() + " from " + file.getFileName()
					+ " will be added. Finish adds them (Undo takes them back); save to keep them.");
		}
		getContainer().updateButtons();
	}
}

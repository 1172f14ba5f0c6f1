package org.fulcrum.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Assessment;
import org.fulcrum.report.EngagementReports;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.ui.internal.session.Session;

/**
 * Writes the engagement's reports (docs: ./fulcrum report) with progress per report file and
 * cancel: the individual 360° reports of everyone or of one participant, and the cohort report.
 * Releases are recorded in the engagement's ledger and saved at once, as the command line does;
 * so the engagement must have no unsaved changes first, and the undo history ends there.
 */
public final class ReportWizard extends Wizard {

	private final Session session;
	private final ReportPage page;
	private EngagementReports.Result result;
	private Path folder;

	/** @param selected the assessment to offer as the only one, or null */
	public ReportWizard(Session session, Assessment selected) {
		this.session = session;
		this.page = new ReportPage(session, selected);
		setWindowTitle("Generate Reports");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	public ReportPage page() {
		return page;
	}

	/** What was written, once finished. */
	public EngagementReports.Result result() {
		return result;
	}

	public Path folder() {
		return folder;
	}

	/** The first HTML report written (the only participant's, or the cohort's), or null; usable after the wizard closed. */
	public Path htmlReport() {
		if (result == null) {
			return null;
		}
		return result.outcome().written().stream().map(j -> j.target()).filter(t -> t.toString().endsWith(".html")).findFirst().orElse(null);
	}

	@Override
	public boolean performFinish() {
		if (session.isDirty()) {
			page.setErrorMessage("Save the engagement first: the reports and their release record are made from the saved engagement.");
			return false;
		}
		folder = page.folder();
		Set<ReportFormat> formats = page.formats();
		EngagementReports.Request request = new EngagementReports.Request(folder, formats, page.participant(), page.individual(),
				page.cohort(), Math.max(1, Runtime.getRuntime().availableProcessors()), LocalDate.now());
		try {
			getContainer().run(true, true, (IProgressMonitor monitor) -> {
				monitor.beginTask("Writing reports into " + folder, IProgressMonitor.UNKNOWN);
				Thread writer = Thread.currentThread();
				try {
					result = EngagementReports.write(session.engagement(), request, (done, total, job, failure) -> {
						monitor.subTask(done + " of " + total + ": " + job.name() + (failure == null ? "" : " failed: " + failure));
						monitor.worked(1);
						if (monitor.isCanceled()) {
							writer.interrupt();
						}
					});
				} catch (ReportException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage("The reports could not be written: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			page.setErrorMessage("Cancelled: the reports written so far are in " + folder + "; no release was recorded.");
			return false;
		}
		if (result.released() > 0) {
			try {
				session.saveOutsideCommands();
			} catch (StoreException e) {
				page.setErrorMessage("The reports were written, but the release record could not be saved: " + e.getMessage());
				return false;
			}
		}
		return true;
	}
}

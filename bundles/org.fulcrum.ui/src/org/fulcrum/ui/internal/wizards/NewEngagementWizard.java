package org.fulcrum.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EngagementStatus;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;

/**
 * Creates an empty engagement in the workspace folder with a copy of an installed instrument,
 * as {@code ./fulcrum create} does, ready for participants and raters. The instrument is
 * copied with progress; the new file is saved at once and opened.
 */
public final class NewEngagementWizard extends Wizard {

	private final EngagementWorkspace workspace;
	private final List<InstalledInstrument> instruments;
	private final Page page;
	private EngagementSession created;

	public NewEngagementWizard(EngagementWorkspace workspace, InstrumentCatalog catalog) {
		this.workspace = workspace;
		this.instruments = catalog.all();
		this.page = new Page();
		setWindowTitle("New Engagement");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** The session of the engagement created, once finished. */
	public EngagementSession created() {
		return created;
	}

	public Page page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		InstalledInstrument instrument = instruments.get(page.instrument.getSelectionIndex());
		String file = page.file.getText().strip();
		Engagement engagement = FulcrumFactory.eINSTANCE.createEngagement();
		engagement.setId(file.replaceFirst("\\.fulcrum$", ""));
		engagement.setName(page.name.getText().isBlank() ? engagement.getId() : page.name.getText().strip());
		engagement.setClient(page.client.getText().isBlank() ? null : page.client.getText().strip());
		engagement.setStartDate(LocalDate.now());
		engagement.setStatus(EngagementStatus.PLANNED);
		engagement.setConfidentiality(FulcrumFactory.eINSTANCE.createConfidentialityPolicy());
		try {
			Instrument[] copy = new Instrument[1];
			getContainer().run(true, true, (IProgressMonitor monitor) -> {
				monitor.beginTask("Copying " + instrument.name(), IProgressMonitor.UNKNOWN);
				copy[0] = instrument.definition();
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
			});
			engagement.getInstruments().add(copy[0]);
			created = workspace.create(file, engagement);
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
		} catch (InterruptedException e) {
			page.setErrorMessage("Cancelled: nothing was created.");
		} catch (org.fulcrum.core.store.StoreException e) {
			page.setErrorMessage(e.getMessage());
		}
		return false;
	}

	/** File name, name, client and instrument. */
	public final class Page extends WizardPage {

		private Text file;
		private Text name;
		private Text client;
		private Combo instrument;

		Page() {
			super("engagement", "New engagement", null);
			setDescription("An engagement is one file in " + workspace.folder() + ".");
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			form.setLayout(new GridLayout(2, false));
			file = text(form, "File name");
			name = text(form, "Name");
			client = text(form, "Client");
			new Label(form, SWT.NONE).setText("Instrument");
			instrument = new Combo(form, SWT.READ_ONLY);
			instrument.setItems(instruments.stream().map(i -> i.name() + " " + i.version()).toArray(String[]::new));
			instrument.select(0);
			file.addListener(SWT.Modify, e -> validate());
			setControl(form);
			validate();
		}

		/** Fills the page as a user would. */
		public void fill(String fileName, String engagementName, String clientName) {
			file.setText(fileName);
			name.setText(engagementName);
			client.setText(clientName);
		}

		private Text text(Composite form, String label) {
			new Label(form, SWT.NONE).setText(label);
			Text text = new Text(form, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return text;
		}

		private void validate() {
			String fileName = file.getText().strip();
			String error = null;
			if (instruments.isEmpty()) {
				error = "No instrument is installed";
			} else if (!fileName.isEmpty() && !fileName.matches("[A-Za-z0-9._-]+")) {
				error = "Use letters, digits, dots, dashes and underscores in the file name";
			} else if (!fileName.isEmpty() && java.nio.file.Files.exists(workspace.folder().resolve(
					fileName.endsWith(".fulcrum") ? fileName : fileName + ".fulcrum"))) {
				error = "There is a file of that name already";
			}
			setErrorMessage(error);
			setPageComplete(!fileName.isEmpty() && error == null);
		}
	}
}

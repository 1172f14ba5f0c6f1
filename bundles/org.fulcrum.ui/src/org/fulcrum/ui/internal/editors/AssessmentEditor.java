package org.fulcrum.ui.internal.editors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.GroupWords;
import org.fulcrum.ui.internal.edit.ElementNames;
import org.fulcrum.ui.internal.edit.FeatureText;
import org.fulcrum.ui.internal.forms.Cells;
import org.fulcrum.ui.internal.navigator.Progress;
import org.fulcrum.ui.internal.session.Session;

/**
 * The assessment editor: who is assessed, with which instrument and in which round, and the
 * invitations with their relationship and status. It shows whether a rater answered, never
 * what they answered.
 */
public final class AssessmentEditor implements Editors.Revealing {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private final EditorSupport support;
	private TableViewer invitations;
	private Label progress;

	@Inject
	public AssessmentEditor(EditorSupport support) {
		this.support = support;
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		if (!support.open(parent)) {
			return;
		}
		Assessment assessment = (Assessment) support.object();
		EditingDomain domain = support.session().editingDomain();
		info(parent, "Participant", assessment.getSubject() == null ? "" : assessment.getSubject().getName());
		info(parent, "Instrument", assessment.getInstrument() == null ? ""
				: assessment.getInstrument().getName() + " " + assessment.getInstrument().getVersion());
		text(parent, "Round", assessment, MODEL.getAssessment_Round(), domain);
		text(parent, "Opened (YYYY-MM-DD)", assessment, MODEL.getAssessment_Opened(), domain);
		text(parent, "Closed (YYYY-MM-DD)", assessment, MODEL.getAssessment_Closed(), domain);
		new Label(parent, SWT.NONE).setText("Answered");
		progress = new Label(parent, SWT.NONE);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		invitations = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		invitations.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		invitations.getTable().setHeaderVisible(true);
		invitations.getTable().setLinesVisible(true);
		invitations.setContentProvider(ArrayContentProvider.getInstance());
		Cells.column(invitations, "Rater", 200, i -> ((RaterInvitation) i).getRater() == null ? "" : ((RaterInvitation) i).getRater().getName());
		Cells.column(invitations, "E-mail", 220, i -> ((RaterInvitation) i).getRater() == null ? "" : ((RaterInvitation) i).getRater().getEmail());
		Cells.choice(invitations, "Relationship", 120, domain, MODEL.getRaterInvitation_Relationship(), () -> RelationshipGroup.VALUES,
				GroupWords::of);
		Cells.choice(invitations, "Status", 110, domain, MODEL.getRaterInvitation_Status(), () -> InvitationStatus.VALUES,
				InvitationStatus::getLiteral);
		Cells.column(invitations, "Submitted", 170, i -> ((RaterInvitation) i).getSubmitted() == null ? "" : ((RaterInvitation) i).getSubmitted().toString());
		invitations.setInput(assessment.getInvitations());
		progress.setText(new Progress(assessment).text());
		support.follow(invitations.getControl(), new ElementNames(((Session) support.session()).adapterFactory(), parent), () -> {
			invitations.refresh();
			progress.setText(new Progress(assessment).text());
		});
	}

	@Persist
	void save() {
		support.save();
	}

	@Focus
	void focus() {
		if (invitations != null) {
			invitations.getControl().setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		support.dispose();
	}

	public TableViewer invitations() {
		return invitations;
	}

	@Override
	public void reveal(EObject target) {
		if (target instanceof RaterInvitation && invitations != null) {
			invitations.setSelection(new StructuredSelection(target), true);
		}
	}

	private static void info(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Label shown = new Label(parent, SWT.NONE);
		shown.setText(value == null ? "" : value);
	}

	private static void text(Composite parent, String label, EObject owner, EAttribute attribute, EditingDomain domain) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		FeatureText.bind(text, domain, owner, attribute);
	}
}

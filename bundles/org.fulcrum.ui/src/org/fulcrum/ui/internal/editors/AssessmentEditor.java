package org.fulcrum.ui.internal.editors;

import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.ui.internal.edit.ElementNames;
import org.fulcrum.ui.internal.edit.FeatureText;
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
		column("Rater", 200, i -> i.getRater() == null ? "" : i.getRater().getName(), null, domain);
		column("E-mail", 220, i -> i.getRater() == null ? "" : i.getRater().getEmail(), null, domain);
		column("Relationship", 120, i -> words(i.getRelationship()), MODEL.getRaterInvitation_Relationship(), domain);
		column("Status", 110, i -> i.getStatus().getLiteral(), MODEL.getRaterInvitation_Status(), domain);
		column("Submitted", 170, i -> i.getSubmitted() == null ? "" : i.getSubmitted().toString(), null, domain);
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

	/** Groups read as words ("direct report"), as everywhere else; other choices as their literals. */
	private static String words(Enumerator choice) {
		return choice instanceof org.fulcrum.model.RelationshipGroup group ? org.fulcrum.model.query.GroupWords.of(group) : choice.getLiteral();
	}

	private void column(String title, int width, Function<RaterInvitation, String> value, EAttribute choice, EditingDomain domain) {
		TableViewerColumn column = new TableViewerColumn(invitations, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(i -> {
			String text = value.apply((RaterInvitation) i);
			return text == null ? "" : text;
		}));
		if (choice == null) {
			return;
		}
		java.util.List<Enumerator> literals = ((EEnum) choice.getEAttributeType()).getELiterals().stream()
				.map(l -> (Enumerator) l.getInstance()).toList();
		column.setEditingSupport(new EditingSupport(invitations) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ComboBoxCellEditor(invitations.getTable(), literals.stream().map(AssessmentEditor::words).toArray(String[]::new),
						SWT.READ_ONLY);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return literals.indexOf(((RaterInvitation) element).eGet(choice));
			}

			@Override
			protected void setValue(Object element, Object index) {
				int i = (Integer) index;
				if (i >= 0 && literals.get(i) != ((RaterInvitation) element).eGet(choice)) {
					domain.getCommandStack().execute(SetCommand.create(domain, element, choice, literals.get(i)));
				}
			}
		});
	}
}

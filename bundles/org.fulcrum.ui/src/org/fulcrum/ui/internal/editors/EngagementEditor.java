package org.fulcrum.ui.internal.editors;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.edit.ElementNames;
import org.fulcrum.ui.internal.edit.FeatureCombo;
import org.fulcrum.ui.internal.edit.FeatureText;
import org.fulcrum.ui.internal.session.Session;

/**
 * The engagement editor: its overview (name, client, consultants, dates, status), its
 * participants, its raters, its confidentiality policy, the escalation path of partner issues and
 * the partner managers' coaching programs, on tabs. Every change is a command
 * on the session's stack (undo, redo, dirty marker); saving saves the whole engagement.
 */
public final class EngagementEditor implements Editors.Revealing {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private final EditorSupport support;
	private final Prompts prompts;
	private final Map<String, Text> fields = new LinkedHashMap<>();
	private CTabFolder tabs;
	private PeopleTable participants;
	private PeopleTable raters;
	private PolicyForm policy;
	private EscalationPathForm escalation;
	private ProgramForm programs;

	@Inject
	public EngagementEditor(EditorSupport support, Prompts prompts) {
		this.support = support;
		this.prompts = prompts;
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		if (!support.open(parent)) {
			return;
		}
		Engagement engagement = (Engagement) support.object();
		EditingDomain domain = support.session().editingDomain();
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		tab("Overview", overview(tabs, engagement, domain));
		participants = new PeopleTable(tabs, engagement, domain, prompts, PartnerManager.class::isInstance,
				e -> newPerson(e, FulcrumFactory.eINSTANCE.createPartnerManager(), "P-"), "participant");
		tab("Participants", participants.control());
		raters = new PeopleTable(tabs, engagement, domain, prompts, p -> !(p instanceof PartnerManager),
				e -> newPerson(e, FulcrumFactory.eINSTANCE.createPerson(), "rater-"), "rater");
		tab("Raters", raters.control());
		policy = new PolicyForm(tabs, engagement, domain, prompts);
		tab("Confidentiality", policy.control());
		escalation = new EscalationPathForm(tabs, engagement, domain);
		tab("Escalation path", escalation.control());
		programs = new ProgramForm(tabs, engagement, (Session) support.session(),
				target -> Editors.in(support.context()).open(support.session(), target));
		tab("Coaching programs", programs.control());
		tabs.setSelection(0);
		Session session = (Session) support.session();
		support.follow(tabs, new ElementNames(session.adapterFactory(), tabs), () -> {
			participants.refresh();
			raters.refresh();
			policy.refresh();
			escalation.refresh();
			programs.refresh();
		});
	}

	@Persist
	void save() {
		support.save();
	}

	@Focus
	void focus() {
		if (tabs != null) {
			tabs.setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		support.dispose();
	}

	/** The overview's text field for an attribute of the engagement, by the attribute's name. */
	public Text field(String attribute) {
		return fields.get(attribute);
	}

	public TableViewer participants() {
		return participants.viewer();
	}

	public TableViewer raters() {
		return raters.viewer();
	}

	public PolicyForm policy() {
		return policy;
	}

	public EscalationPathForm escalationPath() {
		return escalation;
	}

	public ProgramForm programs() {
		return programs;
	}

	/** Shows the Escalation path tab. */
	public void revealEscalationPath() {
		tabs.setSelection(4);
	}

	@Override
	public void reveal(EObject target) {
		if (tabs == null) {
			return;
		}
		if (target instanceof PartnerManager) {
			tabs.setSelection(1);
			participants.viewer().setSelection(new StructuredSelection(target), true);
		} else if (target instanceof Person) {
			tabs.setSelection(2);
			raters.viewer().setSelection(new StructuredSelection(target), true);
		} else if (target instanceof ConfidentialityPolicy) {
			tabs.setSelection(3);
		} else if (target instanceof CoachingProgram program) {
			tabs.setSelection(5);
			programs.show(program);
		}
	}

	private Composite overview(Composite parent, Engagement engagement, EditingDomain domain) {
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		text(form, "Name", engagement, MODEL.getEngagement_Name(), domain);
		text(form, "Client", engagement, MODEL.getEngagement_Client(), domain);
		text(form, "Consultants (comma separated)", engagement, MODEL.getEngagement_Consultants(), domain);
		text(form, "Start (YYYY-MM-DD)", engagement, MODEL.getEngagement_StartDate(), domain);
		text(form, "End (YYYY-MM-DD)", engagement, MODEL.getEngagement_EndDate(), domain);
		new Label(form, SWT.NONE).setText("Status");
		Combo status = new Combo(form, SWT.READ_ONLY);
		FeatureCombo.bind(status, domain, engagement, MODEL.getEngagement_Status());
		Label file = new Label(form, SWT.NONE);
		file.setText("File: " + support.session().file());
		file.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return form;
	}

	private void text(Composite form, String label, EObject owner, EAttribute attribute, EditingDomain domain) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		FeatureText.bind(text, domain, owner, attribute);
		fields.put(attribute.getName(), text);
	}

	private void tab(String title, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private static Person newPerson(Engagement engagement, Person person, String prefix) {
		java.util.Set<String> ids = new java.util.HashSet<>();
		engagement.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.fulcrum.model.Identified identified) {
				ids.add(identified.getId());
			}
		});
		int n = 1;
		while (ids.contains(prefix + n)) {
			n++;
		}
		person.setId(prefix + n);
		person.setName("New " + (person instanceof PartnerManager ? "participant" : "rater"));
		return person;
	}
}

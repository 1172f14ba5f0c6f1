package org.fulcrum.ui.internal.editors;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.issues.EscalationStep;
import org.fulcrum.issues.Labels;
import org.fulcrum.issues.PartnerView;
import org.fulcrum.issues.PartnerViewText;
import org.fulcrum.issues.PartnerViews;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.edit.ElementNames;
import org.fulcrum.ui.internal.edit.FeatureCombo;
import org.fulcrum.ui.internal.edit.FeatureText;
import org.fulcrum.ui.internal.edit.ReferenceCombo;
import org.fulcrum.ui.internal.session.Session;

/**
 * The partner issue editor: the issue's fields (the support owner who owns the resolution, the
 * partner manager who stays the contact), its escalation path, confirmation state and what the
 * partner is owed, its timeline and the partner's timetable on one tab, and on the other exactly
 * what the partner is sent, so the consultant sees that internal notes and escalations stay
 * inside. Ownership, status moves, confirmation and closing, escalation and shared updates go
 * through the issues bundle's rules (see {@link IssueActions}); every change is undoable.
 */
public final class PartnerIssueEditor implements Editors.Revealing {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private final EditorSupport support;
	private final Prompts prompts;
	private PartnerIssue issue;
	private IssueActions actions;
	private Combo status;
	private Combo supportOwner;
	private Label state;
	private TableViewer timeline;
	private TableViewer commitments;
	private Label feedback;
	private Text update;
	private Text partnerView;
	private CTabFolder tabs;

	@Inject
	public PartnerIssueEditor(EditorSupport support, Prompts prompts) {
		this.support = support;
		this.prompts = prompts;
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		if (!support.open(parent)) {
			return;
		}
		issue = (PartnerIssue) support.object();
		actions = new IssueActions(support.session(), issue, System.getProperty("user.name", "consultant"));
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tab(tabs, "Issue", issuePage(tabs));
		tab(tabs, "Partner view", partnerPage(tabs));
		tabs.setSelection(0);
		showPartnerView();
		support.follow(timeline.getControl(), new ElementNames(((Session) support.session()).adapterFactory(), parent), () -> {
			timeline.refresh();
			commitments.refresh();
			status.select(issue.getStatus().ordinal());
			showSupportOwner();
			showState();
			showPartnerView();
		});
	}

	private Composite issuePage(Composite tabs) {
		Composite page = new Composite(tabs, SWT.NONE);
		page.setLayout(new GridLayout());
		Group header = new Group(page, SWT.NONE);
		header.setText(issue.getId() + (issue.getOpened() == null ? "" : ", raised " + IssueTables.moment(issue.getOpened()) + " UTC"));
		header.setLayout(new GridLayout(4, false));
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		EditingDomain domain = support.session().editingDomain();
		text(header, "Title", MODEL.getPartnerIssue_Title(), domain, 3);
		ReferenceCombo.bind(combo(header, "Partner"), domain, issue, MODEL.getPartnerIssue_Partner(),
				() -> support.session().engagement().getPartners(), PartnerOrganization::getName);
		FeatureCombo.bind(combo(header, "Priority"), domain, issue, MODEL.getPartnerIssue_Priority(), p -> Labels.priority((Priority) p));
		status = combo(header, "Status");
		status.setItems(Arrays.stream(IssueStatus.values()).map(Labels::status).toArray(String[]::new));
		status.select(issue.getStatus().ordinal());
		status.addListener(SWT.Selection, e -> moveTo(status.getSelectionIndex() < 0 ? null : IssueStatus.values()[status.getSelectionIndex()], Instant.now()));
		supportOwner = combo(header, "Owner (partner support)");
		supportOwner.addListener(SWT.Selection, e -> assign(supportOwner.getSelectionIndex(), Instant.now()));
		showSupportOwner();
		ReferenceCombo.bind(combo(header, "Partner manager (contact)"), domain, issue, MODEL.getPartnerIssue_Owner(),
				() -> support.session().engagement().getPeople().stream().filter(PartnerManager.class::isInstance)
						.map(PartnerManager.class::cast).toList(), PartnerManager::getName);
		text(header, "Category", MODEL.getPartnerIssue_Category(), domain, 1);
		FeatureCombo.bind(combo(header, "Channel"), domain, issue, MODEL.getPartnerIssue_Channel());
		FeatureCombo.bind(combo(header, "Escalation level"), domain, issue, MODEL.getPartnerIssue_Escalation(),
				l -> Labels.level((EscalationLevel) l));
		state = new Label(page, SWT.WRAP);
		state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		showState();
		actionsRow(page);
		SashForm tables = new SashForm(page, SWT.VERTICAL);
		tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		timeline = IssueTables.timeline(tables, issue, domain);
		commitments = IssueTables.commitments(tables, issue, domain);
		tables.setWeights(3, 1);
		return page;
	}

	private void actionsRow(Composite page) {
		Composite row = new Composite(page, SWT.NONE);
		row.setLayout(new GridLayout(4, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		update = new Text(row, SWT.BORDER);
		update.setMessage("An update for the partner");
		update.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		update.addListener(SWT.DefaultSelection, e -> shareUpdate(update.getText(), Instant.now()));
		button(row, "Add partner-visible update", () -> shareUpdate(update.getText(), Instant.now()));
		button(row, "Escalate due steps as of today", () -> escalate(Instant.now()));
		button(row, "Partner confirmed the resolution…", () -> confirmResolution(Instant.now()));
		feedback = new Label(row, SWT.WRAP);
		feedback.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
	}

	private Composite partnerPage(Composite tabs) {
		Composite page = new Composite(tabs, SWT.NONE);
		page.setLayout(new GridLayout());
		new Label(page, SWT.WRAP).setText("What the partner is sent (./fulcrum issues partner-view): shared updates, status changes "
				+ "and commitments only; internal notes, escalations and the description stay inside.");
		partnerView = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		partnerView.setFont(JFaceResources.getTextFont());
		partnerView.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return page;
	}

	/** Takes the escalation steps due as of {@code asOf}, as one undoable command, and says what they were. */
	public List<EscalationStep> escalate(Instant asOf) {
		List<EscalationStep> steps = actions.escalate(asOf);
		feedback.setText(steps.isEmpty() ? "Nothing to escalate as of " + asOf + ": every broken target is escalated already."
				: "Escalated " + steps.stream().map(s -> s.issue().getId() + " to " + Labels.level(s.level()))
						.collect(Collectors.joining(", ")) + ".");
		feedback.getParent().layout();
		return steps;
	}

	/** Shares an update with the partner at {@code at}; an empty text adds nothing. */
	public void shareUpdate(String text, Instant at) {
		if (text == null || text.isBlank()) {
			return;
		}
		try {
			actions.shareUpdate(text, at);
			update.setText("");
		} catch (IllegalArgumentException e) {
			prompts.error("Update not added", e.getMessage());
		}
	}

	/** Moves the issue along the workflow at {@code at}; a move the workflow refuses is explained and changes nothing. */
	public void moveTo(IssueStatus to, Instant at) {
		if (to == null || to == issue.getStatus()) {
			return;
		}
		if (to == IssueStatus.CLOSED) {
			close(at);
			return;
		}
		String reason = null;
		if (actions.isReopen(to)) {
			reason = prompts.askText("Reopen " + issue.getId(), "Why is the issue reopened?", "");
			if (reason == null || reason.isBlank()) {
				status.select(issue.getStatus().ordinal());
				return;
			}
		}
		try {
			actions.move(to, at, reason);
		} catch (IllegalStateException | IllegalArgumentException e) {
			prompts.error("Status not changed", e.getMessage());
		}
		status.select(issue.getStatus().ordinal());
	}

	/**
	 * Closes the issue at {@code at}: when the partner has not confirmed the resolution, only for a
	 * reason the user gives ("don't expect what you're not willing to inspect"); no reason, no close.
	 */
	public void close(Instant at) {
		String reason = null;
		if (issue.getStatus() == IssueStatus.RESOLVED && actions.closingNeedsReason()) {
			reason = prompts.askText("Close " + issue.getId() + " without confirmation",
					"The partner has not confirmed the resolution. Why close it without their confirmation?", "");
			if (reason == null || reason.isBlank()) {
				status.select(issue.getStatus().ordinal());
				return;
			}
		}
		try {
			actions.close(reason, at);
		} catch (IllegalStateException | IllegalArgumentException e) {
			prompts.error("Not closed", e.getMessage());
		}
		status.select(issue.getStatus().ordinal());
	}

	/** Asks who at the partner confirmed the resolution and records it at {@code at}. */
	public void confirmResolution(Instant at) {
		if (issue.getStatus() != IssueStatus.RESOLVED) {
			prompts.error("Not confirmed", issue.getId() + " is " + Labels.status(issue.getStatus())
					+ "; the partner can confirm only a resolved issue");
			return;
		}
		String by = prompts.askText("Confirm " + issue.getId(), "Who at the partner confirmed the resolution?",
				issue.getRaisedBy() == null ? "" : issue.getRaisedBy());
		if (by == null || by.isBlank()) {
			return;
		}
		actions.confirm(by, at);
	}

	/** Makes the person at {@code index} of the support owner list the owner. */
	private void assign(int index, Instant at) {
		List<Person> people = support.session().engagement().getPeople();
		if (index < 0 || index >= people.size() || people.get(index) == issue.getSupportOwner()) {
			return;
		}
		try {
			actions.assign(people.get(index), at);
		} catch (IllegalArgumentException e) {
			prompts.error("Owner not changed", e.getMessage());
		}
		showSupportOwner();
	}

	/** Makes {@code person} the support owner now, as choosing them in the list does. */
	public void assign(Person person) {
		assign(support.session().engagement().getPeople().indexOf(person), Instant.now());
	}

	private void showSupportOwner() {
		if (supportOwner == null || supportOwner.isDisposed()) {
			return;
		}
		List<Person> people = support.session().engagement().getPeople();
		supportOwner.setItems(people.stream().map(p -> p.getName() + (p.getTitle() == null ? "" : " (" + p.getTitle() + ")"))
				.toArray(String[]::new));
		supportOwner.select(people.indexOf(issue.getSupportOwner()));
	}

	private void showState() {
		if (state == null || state.isDisposed()) {
			return;
		}
		state.setText(IssueState.describe(support.session().engagement(), issue, Instant.now()));
		state.getParent().layout();
	}

	/** Who owns the issue, its path and contacts, its confirmation state and what the partner is owed, as shown above the timeline. */
	public String stateText() {
		return state.getText();
	}

	/** Brings the Partner view tab to front. */
	public void revealPartnerView() {
		tabs.setSelection(1);
	}

	/** What the partner sees of its issues now, as the text sent to it. */
	public String partnerViewText() {
		return partnerView.getText();
	}

	private void showPartnerView() {
		if (partnerView.isDisposed()) {
			return;
		}
		partnerView.setText(issue.getPartner() == null ? "The issue has no partner."
				: PartnerViewText.render(PartnerViews.of(support.session().engagement(), issue.getPartner(), Instant.now())));
	}

	public TableViewer timeline() {
		return timeline;
	}

	public TableViewer commitments() {
		return commitments;
	}

	public String feedback() {
		return feedback.getText();
	}

	@Override
	public void reveal(EObject target) {
		if (target instanceof IssueEvent && timeline != null) {
			timeline.setSelection(new StructuredSelection(target), true);
		} else if (target instanceof Commitment && commitments != null) {
			commitments.setSelection(new StructuredSelection(target), true);
		}
	}

	@Persist
	void save() {
		support.save();
	}

	@Focus
	void focus() {
		if (timeline != null) {
			timeline.getControl().setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		support.dispose();
	}

	private void text(Composite parent, String label, EAttribute attribute, EditingDomain domain, int span) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		FeatureText.bind(text, domain, issue, attribute);
	}

	private static Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private static void tab(CTabFolder tabs, String title, Control page) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(page);
	}
}
